package org.cooperaflow.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperaflow.domain.shared.RuleMatchers.illegalTransition;
import static org.cooperaflow.domain.shared.RuleMatchers.violates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.cooperaflow.domain.request.api.BeginDiagnosisCommand;
import org.cooperaflow.domain.request.api.CooperationRequestAddressedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestDiagnosisBegunEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
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
import org.cooperaflow.domain.request.api.RequestRejectionReason;
import org.cooperaflow.domain.request.api.SubmitCooperationRequestCommand;
import org.cooperaflow.domain.request.api.ValidateCooperationRequestCommand;
import org.cooperaflow.domain.request.api.WithdrawCooperationRequestCommand;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CooperationRequestTest {

    static final String ID = "request-1";
    static final String TITLE = "Digital skills for teachers";

    private FixtureConfiguration<CooperationRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CooperationRequest.class);
    }

    static CooperationRequestDetails details(String memberState, List<Integer> sdgs, String nationalPlan, Money budget) {
        return new CooperationRequestDetails(memberState, TITLE, "Train teachers in digital pedagogy",
                CidiPriority.EDUCATION, sdgs, nationalPlan, Modality.SOUTH_SOUTH, budget);
    }

    static CooperationRequestDetails details() {
        return details("JM", List.of(4), "Vision 2030 Jamaica", Money.usd("100000.00"));
    }

    static List<Object> history(Object... events) {
        return new ArrayList<>(Arrays.asList(events));
    }

    static List<Object> drafted() {
        return history(new CooperationRequestDraftedEvent(ID, details()));
    }

    static List<Object> submitted() {
        return history(new CooperationRequestDraftedEvent(ID, details()),
                new CooperationRequestSubmittedEvent(ID, "JM", TITLE));
    }

    static List<Object> underDiagnosis() {
        List<Object> events = submitted();
        events.add(new CooperationRequestDiagnosisBegunEvent(ID));
        return events;
    }

    static List<Object> validated() {
        List<Object> events = underDiagnosis();
        events.add(new CooperationRequestValidatedEvent(ID));
        return events;
    }

    static List<Object> published() {
        List<Object> events = validated();
        events.add(new CooperationRequestPublishedEvent(ID));
        return events;
    }

    static List<Object> addressed() {
        List<Object> events = published();
        events.add(new CooperationRequestAddressedEvent(ID, "proposal-1"));
        return events;
    }

    private static Map<String, Object> officerOf(String memberState) {
        return Map.of(AuditMetadata.ACTOR, "officer", AuditMetadata.ACTOR_ROLES, "member-state",
                AuditMetadata.ACTOR_MEMBER_STATE, memberState);
    }

    private static void expectStage(ResultValidator<CooperationRequest> result, CooperationRequestStage stage) {
        result.expectState(request -> assertThat(request.stage()).isEqualTo(stage));
    }

    @Nested
    class DraftCooperationRequest {

        @Test
        void draftsNeedOfParticipatingState() {
            expectStage(fixture.givenNoPriorActivity().when(new DraftCooperationRequestCommand(ID, details()), officerOf("JM"))
                    .expectEvents(new CooperationRequestDraftedEvent(ID, details())), CooperationRequestStage.DRAFT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CU", "NI"})
        void rejectsNeedOfStateThatDoesNotParticipate(String memberState) {
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationRequestCommand(ID, details(memberState, List.of(4), "Plan", null)))
                    .expectException(violates("state-not-participating"));
        }

        @Test
        void rejectsUnknownMemberState() {
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationRequestCommand(ID, details("FR", List.of(4), "Plan", null)))
                    .expectException(violates("unknown-member-state"));
        }

        @Test
        void rejectsUnknownSdg() {
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationRequestCommand(ID, details("JM", List.of(4, 42), "Plan", null)))
                    .expectException(violates("unknown-sdg"));
        }

        @Test
        void rejectsBudgetNotInUsd() {
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationRequestCommand(ID,
                            details("JM", List.of(4), "Plan", Money.of("100000.00", "JMD"))))
                    .expectException(violates("currency-not-usd"));
        }

        @Test
        void rejectsNeedFiledByOfficerOfAnotherState() {
            fixture.givenNoPriorActivity().when(new DraftCooperationRequestCommand(ID, details()), officerOf("CO"))
                    .expectException(violates("own-state-only"));
        }
    }

    @Nested
    class SubmitCooperationRequest {

        @Test
        void submitsCompleteDraft() {
            expectStage(fixture.given(drafted()).when(new SubmitCooperationRequestCommand(ID))
                    .expectEvents(new CooperationRequestSubmittedEvent(ID, "JM", TITLE)),
                    CooperationRequestStage.SUBMITTED);
        }

        @Test
        void rejectsDraftWithoutSdgOrNationalPlan() {
            fixture.given(new CooperationRequestDraftedEvent(ID, details("JM", List.of(), " ", null)))
                    .when(new SubmitCooperationRequestCommand(ID))
                    .expectException(violates("incomplete-request"));
        }

        @Test
        void rejectsSubmissionOfStateThatStoppedParticipating() {
            fixture.given(new CooperationRequestDraftedEvent(ID, details("CU", List.of(4), "Plan", null)))
                    .when(new SubmitCooperationRequestCommand(ID))
                    .expectException(violates("state-not-participating"));
        }

        @Test
        void refusesSecondSubmission() {
            fixture.given(submitted()).when(new SubmitCooperationRequestCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class BeginDiagnosis {

        @Test
        void beginsDiagnosisOfSubmittedRequest() {
            expectStage(fixture.given(submitted()).when(new BeginDiagnosisCommand(ID))
                    .expectEvents(new CooperationRequestDiagnosisBegunEvent(ID)), CooperationRequestStage.UNDER_DIAGNOSIS);
        }

        @Test
        void refusesDiagnosisOfDraft() {
            fixture.given(drafted()).when(new BeginDiagnosisCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class ValidateCooperationRequest {

        @Test
        void validatesDiagnosedNeed() {
            expectStage(fixture.given(underDiagnosis()).when(new ValidateCooperationRequestCommand(ID))
                    .expectEvents(new CooperationRequestValidatedEvent(ID)), CooperationRequestStage.VALIDATED);
        }

        @Test
        void refusesValidationBeforeDiagnosis() {
            fixture.given(submitted()).when(new ValidateCooperationRequestCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class PublishCooperationRequest {

        @Test
        void validatesAndPublishesNeedUnderDiagnosis() {
            expectStage(fixture.given(underDiagnosis()).when(new PublishCooperationRequestCommand(ID))
                    .expectEvents(new CooperationRequestValidatedEvent(ID), new CooperationRequestPublishedEvent(ID)),
                    CooperationRequestStage.PUBLISHED);
        }

        @Test
        void publishesValidatedNeed() {
            fixture.given(validated()).when(new PublishCooperationRequestCommand(ID))
                    .expectEvents(new CooperationRequestPublishedEvent(ID));
        }

        @Test
        void refusesPublicationWithoutDiagnosis() {
            fixture.given(submitted()).when(new PublishCooperationRequestCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class RejectCooperationRequest {

        @Test
        void rejectsDuplicateNeed() {
            expectStage(fixture.given(underDiagnosis())
                    .when(new RejectCooperationRequestCommand(ID, RequestRejectionReason.DUPLICATE))
                    .expectEvents(new CooperationRequestRejectedEvent(ID, RequestRejectionReason.DUPLICATE)),
                    CooperationRequestStage.REJECTED);
        }

        @Test
        void refusesRejectionOfPublishedNeed() {
            fixture.given(published()).when(new RejectCooperationRequestCommand(ID, RequestRejectionReason.OUT_OF_SCOPE))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class WithdrawCooperationRequest {

        @Test
        void withdrawsPublishedNeed() {
            expectStage(fixture.given(published()).when(new WithdrawCooperationRequestCommand(ID))
                    .expectEvents(new CooperationRequestWithdrawnEvent(ID)), CooperationRequestStage.WITHDRAWN);
        }

        @Test
        void refusesWithdrawalOfAddressedNeed() {
            fixture.given(addressed()).when(new WithdrawCooperationRequestCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class MarkCooperationRequestAddressed {

        @Test
        void recordsProposalAddressingPublishedNeed() {
            expectStage(fixture.given(published()).when(new MarkCooperationRequestAddressedCommand(ID, "proposal-1"))
                    .expectEvents(new CooperationRequestAddressedEvent(ID, "proposal-1")),
                    CooperationRequestStage.ADDRESSED);
        }

        @Test
        void recordsFurtherProposalsAddressingTheSameNeed() {
            fixture.given(addressed()).when(new MarkCooperationRequestAddressedCommand(ID, "proposal-2"))
                    .expectEvents(new CooperationRequestAddressedEvent(ID, "proposal-2"));
        }

        @Test
        void recordsTheSameProposalOnlyOnce() {
            fixture.given(addressed()).when(new MarkCooperationRequestAddressedCommand(ID, "proposal-1"))
                    .expectNoEvents();
        }

        @Test
        void refusesUnpublishedNeed() {
            fixture.given(validated()).when(new MarkCooperationRequestAddressedCommand(ID, "proposal-1"))
                    .expectException(illegalTransition());
        }
    }
}
