package org.cooperaflow.domain.request;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.cooperaflow.domain.request.api.BeginDiagnosisCommand;
import org.cooperaflow.domain.request.api.CooperationRequestAddressedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestDiagnosisBegunEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.cooperaflow.domain.request.api.CooperationRequestPublishedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestRejectedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.CooperationRequestSubmittedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestValidatedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestWithdrawnEvent;
import org.cooperaflow.domain.request.api.DraftCooperationRequestCommand;
import org.cooperaflow.domain.request.api.MarkCooperationRequestAddressedCommand;
import org.cooperaflow.domain.request.api.PublishCooperationRequestCommand;
import org.cooperaflow.domain.request.api.RejectCooperationRequestCommand;
import org.cooperaflow.domain.request.api.SubmitCooperationRequestCommand;
import org.cooperaflow.domain.request.api.ValidateCooperationRequestCommand;
import org.cooperaflow.domain.request.api.WithdrawCooperationRequestCommand;
import org.cooperaflow.domain.shared.ActorRoles;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.IllegalTransition;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.domain.shared.ReferenceRules;

/** A member state's cooperation need, from its filing through diagnosis to the needs catalog. */
public class CooperationRequest {

    private static final Set<CooperationRequestStage> REJECTABLE = EnumSet.of(
            CooperationRequestStage.SUBMITTED, CooperationRequestStage.UNDER_DIAGNOSIS,
            CooperationRequestStage.VALIDATED);
    private static final Set<CooperationRequestStage> WITHDRAWABLE = EnumSet.of(
            CooperationRequestStage.DRAFT, CooperationRequestStage.SUBMITTED,
            CooperationRequestStage.UNDER_DIAGNOSIS, CooperationRequestStage.VALIDATED,
            CooperationRequestStage.PUBLISHED);

    @AggregateIdentifier
    private String requestId;
    private CooperationRequestStage stage;
    private CooperationRequestDetails details;
    private final Set<String> addressingProposalIds = new LinkedHashSet<>();

    protected CooperationRequest() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public CooperationRequest(DraftCooperationRequestCommand command,
                              @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                              @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        CooperationRequestDetails details = command.details();
        requireValidDetails(details);
        ActorRoles.requireOwnStateIfOfficer(roles, actorMemberState, details.memberState());
        requireStateParticipates(details);
        apply(new CooperationRequestDraftedEvent(command.requestId(), details));
    }

    @CommandHandler
    public void handle(SubmitCooperationRequestCommand command) {
        requireStage(EnumSet.of(CooperationRequestStage.DRAFT), "submit");
        requireStateParticipates(details);
        List<String> missing = new ArrayList<>();
        if (details.description() == null || details.description().isBlank()) {
            missing.add("description");
        }
        if (details.priority() == null) {
            missing.add("priority");
        }
        if (details.sdgs().isEmpty()) {
            missing.add("sdgs");
        }
        if (details.nationalPlanReference() == null || details.nationalPlanReference().isBlank()) {
            missing.add("nationalPlanReference");
        }
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("incomplete-request",
                    "a request cannot be submitted without: " + String.join(", ", missing));
        }
        apply(new CooperationRequestSubmittedEvent(requestId, details.memberState(), details.title()));
    }

    @CommandHandler
    public void handle(BeginDiagnosisCommand command) {
        requireStage(EnumSet.of(CooperationRequestStage.SUBMITTED), "begin diagnosing");
        apply(new CooperationRequestDiagnosisBegunEvent(requestId));
    }

    @CommandHandler
    public void handle(ValidateCooperationRequestCommand command) {
        requireStage(EnumSet.of(CooperationRequestStage.UNDER_DIAGNOSIS), "validate");
        apply(new CooperationRequestValidatedEvent(requestId));
    }

    @CommandHandler
    public void handle(PublishCooperationRequestCommand command) {
        requireStage(EnumSet.of(CooperationRequestStage.UNDER_DIAGNOSIS, CooperationRequestStage.VALIDATED), "publish");
        if (stage == CooperationRequestStage.UNDER_DIAGNOSIS) {
            apply(new CooperationRequestValidatedEvent(requestId));
        }
        apply(new CooperationRequestPublishedEvent(requestId));
    }

    @CommandHandler
    public void handle(RejectCooperationRequestCommand command) {
        requireStage(REJECTABLE, "reject");
        apply(new CooperationRequestRejectedEvent(requestId, command.reason()));
    }

    @CommandHandler
    public void handle(WithdrawCooperationRequestCommand command) {
        requireStage(WITHDRAWABLE, "withdraw");
        apply(new CooperationRequestWithdrawnEvent(requestId));
    }

    /** Idempotent: recording the same proposal twice records nothing the second time. */
    @CommandHandler
    public void handle(MarkCooperationRequestAddressedCommand command) {
        requireStage(CooperationRequestStage.catalogStages(), "mark as addressed");
        if (!addressingProposalIds.contains(command.proposalId())) {
            apply(new CooperationRequestAddressedEvent(requestId, command.proposalId()));
        }
    }

    @EventSourcingHandler
    void on(CooperationRequestDraftedEvent event) {
        requestId = event.requestId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(CooperationRequestAddressedEvent event) {
        addressingProposalIds.add(event.proposalId());
    }

    /** Every other fact: it reaches {@link #moveStage}, as every event does, and changes nothing else here. */
    @EventSourcingHandler
    void on(CooperationRequestEvent event) {
        // the stage alone, below
    }

    /**
     * The one place the need's stage moves: after each event's handler, as {@link CooperationRequestStageTransitions}
     * says, the fold the read models and the workflow's case facts use too.
     */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    void moveStage(EventMessage<?> event, InterceptorChain chain) throws Exception {
        chain.proceed();
        if (event.getPayload() instanceof CooperationRequestEvent requestEvent) {
            CooperationRequestStageTransitions.stageAfter(requestEvent).ifPresent(next -> stage = next);
        }
    }

    private static void requireValidDetails(CooperationRequestDetails details) {
        if (!MemberStates.isMemberState(details.memberState())) {
            throw new DomainRuleViolation("unknown-member-state",
                    "memberState: not an OAS member state: " + details.memberState());
        }
        ReferenceRules.requireSdgs(details.sdgs());
        Money budget = details.estimatedBudget();
        if (budget != null && !Money.USD.equals(budget.currency())) {
            throw new DomainRuleViolation("currency-not-usd", "estimatedBudget: needs are estimated in USD");
        }
    }

    private static void requireStateParticipates(CooperationRequestDetails details) {
        if (!MemberStates.get(details.memberState()).participates()) {
            throw new DomainRuleViolation("state-not-participating",
                    "memberState: " + details.memberState()
                            + " does not currently participate in the OAS and cannot file needs");
        }
    }

    private void requireStage(Set<CooperationRequestStage> allowed, String action) {
        if (!allowed.contains(stage)) {
            throw new IllegalTransition(
                    "cannot " + action + " cooperation request " + requestId + " in stage " + stage);
        }
    }

    /** The current stage, for tests in this package. */
    CooperationRequestStage stage() {
        return stage;
    }
}
