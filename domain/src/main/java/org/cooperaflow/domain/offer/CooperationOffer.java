package org.cooperaflow.domain.offer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.CooperationOfferDraftedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferPublishedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferRejectedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.offer.api.CooperationOfferSubmittedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferWithdrawnEvent;
import org.cooperaflow.domain.offer.api.DraftCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.Offerer;
import org.cooperaflow.domain.offer.api.OffererType;
import org.cooperaflow.domain.offer.api.PublishCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.RejectCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.SubmitCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.WithdrawCooperationOfferCommand;
import org.cooperaflow.domain.shared.ActorRoles;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.IllegalTransition;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.PermanentObservers;
import org.cooperaflow.domain.shared.ReferenceRules;
import org.cooperaflow.domain.shared.WorkingLanguages;

/**
 * What a member state, a partner institution or a permanent observer offers to share, from its draft through the
 * secretariat's review to the offers catalog, where it is matched with the member states' needs.
 */
public class CooperationOffer {

    private static final Set<CooperationOfferStage> WITHDRAWABLE = EnumSet.of(
            CooperationOfferStage.DRAFT, CooperationOfferStage.SUBMITTED, CooperationOfferStage.PUBLISHED);

    @AggregateIdentifier
    private String offerId;
    private CooperationOfferStage stage;
    private CooperationOfferDetails details;

    protected CooperationOffer() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public CooperationOffer(DraftCooperationOfferCommand command,
                            @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                            @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        CooperationOfferDetails details = command.details();
        requireValidDetails(details);
        Offerer offerer = details.offeredBy();
        if (offerer.type() == OffererType.PERMANENT_OBSERVER && ActorRoles.has(roles, ActorRoles.MEMBER_STATE_OFFICER)) {
            throw new DomainRuleViolation("own-state-only",
                    "an officer of " + actorMemberState + " cannot offer for a permanent observer");
        }
        if (offerer.ownerState() != null) {
            ActorRoles.requireOwnStateIfOfficer(roles, actorMemberState, offerer.ownerState());
        }
        apply(new CooperationOfferDraftedEvent(command.offerId(), details));
    }

    @CommandHandler
    public void handle(SubmitCooperationOfferCommand command) {
        requireStage(EnumSet.of(CooperationOfferStage.DRAFT), "submit");
        if (details.description() == null || details.description().isBlank()) {
            throw new DomainRuleViolation("incomplete-offer", "an offer cannot be submitted without: description");
        }
        apply(new CooperationOfferSubmittedEvent(offerId, details.title()));
    }

    @CommandHandler
    public void handle(PublishCooperationOfferCommand command) {
        requireStage(EnumSet.of(CooperationOfferStage.SUBMITTED), "publish");
        apply(new CooperationOfferPublishedEvent(offerId));
    }

    @CommandHandler
    public void handle(RejectCooperationOfferCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        requireStage(EnumSet.of(CooperationOfferStage.SUBMITTED), "reject");
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason-required", "rejecting an offer needs a comment saying why");
        }
        apply(new CooperationOfferRejectedEvent(offerId, reason.strip()));
    }

    @CommandHandler
    public void handle(WithdrawCooperationOfferCommand command) {
        requireStage(WITHDRAWABLE, "withdraw");
        apply(new CooperationOfferWithdrawnEvent(offerId));
    }

    @EventSourcingHandler
    void on(CooperationOfferDraftedEvent event) {
        offerId = event.offerId();
        details = event.details();
        stage = CooperationOfferStage.DRAFT;
    }

    @EventSourcingHandler
    void on(CooperationOfferEvent event) {
        CooperationOfferStageTransitions.stageAfter(event).ifPresent(next -> stage = next);
    }

    /** Reference codes must be known, the capacity positive and the period in order. */
    static void requireValidDetails(CooperationOfferDetails details) {
        Offerer offerer = details.offeredBy();
        switch (offerer.type()) {
            case MEMBER_STATE, PARTNER_INSTITUTION -> {
                if (!MemberStates.isMemberState(offerer.memberState())) {
                    throw new DomainRuleViolation("unknown-member-state",
                            "offeredBy.memberState: not an OAS member state: " + offerer.memberState());
                }
                if (offerer.type() == OffererType.PARTNER_INSTITUTION
                        && (offerer.name() == null || offerer.name().isBlank())) {
                    throw new DomainRuleViolation("institution-name-required",
                            "offeredBy.name: a partner institution is named");
                }
            }
            case PERMANENT_OBSERVER -> {
                if (!PermanentObservers.isPermanentObserver(offerer.country())) {
                    throw new DomainRuleViolation("unknown-permanent-observer",
                            "offeredBy.country: not a permanent observer of the OAS: " + offerer.country());
                }
            }
        }
        ReferenceRules.requireSdgs(details.sdgs());
        ReferenceRules.requireMeasures(details.measures());
        for (String language : details.languages()) {
            if (!WorkingLanguages.isOfficial(language)) {
                throw new DomainRuleViolation("unknown-language",
                        "languages: not an official language of the OAS (en, es, fr, pt): " + language);
            }
        }
        if (details.capacity() == null || details.capacity().places() < 1) {
            throw new DomainRuleViolation("capacity-required",
                    "capacity.places: an offer takes at least one participant or expert");
        }
        if (details.availableFrom() == null || details.availableTo() == null
                || !details.availableTo().isAfter(details.availableFrom())) {
            throw new DomainRuleViolation("availability-period",
                    "availableTo: the availability period must end after it starts");
        }
    }

    private void requireStage(Set<CooperationOfferStage> allowed, String action) {
        if (!allowed.contains(stage)) {
            throw new IllegalTransition("cannot " + action + " cooperation offer " + offerId + " in stage " + stage);
        }
    }

    /** The current stage, for tests in this package. */
    CooperationOfferStage stage() {
        return stage;
    }
}
