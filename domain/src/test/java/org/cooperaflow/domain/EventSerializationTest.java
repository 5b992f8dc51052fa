package org.cooperaflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cooperaflow.domain.fund.api.ContributionAllocatedEvent;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.ContributionPledgeCancelledEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.FundContributionEvent;
import org.cooperaflow.domain.fund.api.FundManagerRemindedEvent;
import org.cooperaflow.domain.fund.api.ThematicAccountEvent;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.proposal.api.BoardChairRemindedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewRoundClosedEvent;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.EligibilityAssessedEvent;
import org.cooperaflow.domain.proposal.api.EligibilityConfirmedEvent;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.IndicatorValue;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportChangesRequestedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportOverdueEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalFoundIneligibleEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
import org.cooperaflow.domain.proposal.api.ProposalRejectedEvent;
import org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalResumedEvent;
import org.cooperaflow.domain.proposal.api.ProposalReturnedForRevisionEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreeningBegunEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalSuspendedEvent;
import org.cooperaflow.domain.proposal.api.ProposalWithdrawnEvent;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;
import org.cooperaflow.domain.request.api.CooperationRequestAddressedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestDiagnosisBegunEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.cooperaflow.domain.request.api.CooperationRequestPublishedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestRejectedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestSubmittedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestValidatedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestWithdrawnEvent;
import org.cooperaflow.domain.request.api.RequestRejectionReason;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event survives the JSON round trip of the event store's Jackson serializer and carries a revision. */
class EventSerializationTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules())
            .build();
    private static final Money USD = Money.usd("150000.00");
    private static final String P = "proposal-1";

    static Stream<Object> events() {
        ProposalDetails details = new ProposalDetails("Title", "Summary", new Proposer(ProposerType.MEMBER_STATE, "JM", null),
                List.of(new Partner("CO", PartnerRole.PROVIDER)), Modality.SOUTH_SOUTH, List.of("2.4"), List.of(4),
                CidiPriority.EDUCATION, USD, Money.usd("0.50"), 18, "account-1", List.of("request-1"),
                List.of(new Indicator("Teachers trained", "people", BigDecimal.ZERO, new BigDecimal("400.5"))));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestedAmount", 150000);
        inputs.put("modality", "SOUTH_SOUTH");
        inputs.put("hasSdg", true);
        inputs.put("accountId", null);
        Map<DacCriterion, Integer> ratings = new EnumMap<>(DacCriterion.class);
        Arrays.stream(DacCriterion.values()).forEach(criterion -> ratings.put(criterion, 5));
        return Stream.of(
                new ProposalDraftedEvent(P, details),
                new ProposalDraftUpdatedEvent(P, details),
                new ProposalSubmittedEvent(P, "JM", "Title"),
                new ProposalScreeningBegunEvent(P, 1),
                new ProposalScreenedEvent(P, ScreeningOutcome.COMPLETE),
                new ProposalResubmittedEvent(P),
                new ProposalWithdrawnEvent(P),
                new EligibilityAssessedEvent(P, "fcd-eligibility", 3, inputs, List.of("no SDG"), false),
                new EligibilityConfirmedEvent(P, true, "Ceiling raised"),
                new ProposalFoundIneligibleEvent(P, List.of("no SDG"), false, null),
                new BoardReviewOpenedEvent(P, 2),
                new BoardVoteCastEvent(P, 2, "board2", "BR", BoardVote.APPROVE, 4),
                new ProposalApprovedEvent(P, 2, USD, "Quarterly reports", new BoardTally(2, 1, 0, 1)),
                new ProposalRejectedEvent(P, 1, new BoardTally(0, 3, 0, 0)),
                new ProposalReturnedForRevisionEvent(P, 1, "Add a sustainability plan"),
                new FundsAllocatedToProposalEvent(P, "contribution-1", USD, USD),
                new ProposalFundedEvent(P, USD),
                new ProjectStartedEvent(P, LocalDate.of(2027, 1, 15)),
                new ProgressReportSubmittedEvent(P, "2027-Q1", Money.usd("30000.00"),
                        List.of(new IndicatorValue("Teachers trained", new BigDecimal("80"))), true),
                new ProgressReportAcceptedEvent(P, "2027-Q1", true),
                new ProgressReportChangesRequestedEvent(P, "2027-Q1"),
                new FinalEvaluationCompletedEvent(P, ratings),
                new ProposalSuspendedEvent(P, ProposalStage.IN_EXECUTION),
                new ProposalResumedEvent(P, ProposalStage.IN_EXECUTION),
                new BoardChairRemindedEvent(P, 1),
                new BoardReviewRoundClosedEvent(P, 1, "deadline", List.of("board3", "chair")),
                new ProgressReportOverdueEvent(P, 2, LocalDate.of(2027, 4, 15)),
                new CooperationRequestDraftedEvent("request-1", new CooperationRequestDetails("JM", "Title", "Need",
                        CidiPriority.EDUCATION, List.of(4), "Vision 2030 Jamaica", Modality.SOUTH_SOUTH, USD)),
                new CooperationRequestSubmittedEvent("request-1", "JM", "Title"),
                new CooperationRequestDiagnosisBegunEvent("request-1"),
                new CooperationRequestValidatedEvent("request-1"),
                new CooperationRequestPublishedEvent("request-1"),
                new CooperationRequestRejectedEvent("request-1", RequestRejectionReason.DUPLICATE),
                new CooperationRequestWithdrawnEvent("request-1"),
                new CooperationRequestAddressedEvent("request-1", P),
                new ThematicAccountOpenedEvent("account-1", "Education window", List.of(CidiPriority.EDUCATION), USD),
                new ContributionPledgedEvent("contribution-1", Contributor.ofPermanentObserver("ES"), null,
                        Modality.TRIANGULAR, ContributionKind.IN_KIND, Money.of("50000.00", "EUR")),
                new ContributionReceivedEvent("contribution-1", Money.of("100000.00", "CAD"), LocalDate.of(2026, 11, 1),
                        new BigDecimal("0.7345"), Money.usd("73450.00"), Money.of("100000.00", "CAD"),
                        Money.usd("73450.00")),
                new ContributionAllocatedEvent("contribution-1", P, Money.usd("1000.00"), Money.usd("1000.00")),
                new ContributionPledgeCancelledEvent("contribution-1"),
                new FundManagerRemindedEvent("contribution-1"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void survivesJsonRoundTrip(Object event) {
        SerializedObject<String> json = SERIALIZER.serialize(event, String.class);

        assertThat(json.getType().getRevision()).isEqualTo("1");
        assertThat((Object) SERIALIZER.deserialize(json)).isEqualTo(event);
    }

    @Test
    void everyEventOfEveryAggregateHasASample() {
        Set<Class<?>> sampled = events().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> declared = Stream.of(ProposalEvent.class, CooperationRequestEvent.class,
                        FundContributionEvent.class, ThematicAccountEvent.class)
                .flatMap(marker -> Arrays.stream(marker.getPermittedSubclasses()))
                .collect(Collectors.toSet());

        assertThat(sampled).isEqualTo(declared);
        assertThat(declared).allMatch(type -> type.isAnnotationPresent(Revision.class), "annotated with @Revision");
    }
}
