package org.cooperaflow.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.CooperationOfferDraftedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferPublishedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferRejectedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.offer.api.CooperationOfferSubmittedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferWithdrawnEvent;
import org.cooperaflow.domain.offer.api.DraftCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.OfferCapacity;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.offer.api.Offerer;
import org.cooperaflow.domain.offer.api.PublishCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.RejectCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.SubmitCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.WithdrawCooperationOfferCommand;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.IllegalTransition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CooperationOfferTest {

    private static final String ID = "offer-1";
    private static final MetaData OFFICER_CO = MetaData.from(Map.of(
            AuditMetadata.ACTOR_ROLES, "member-state", AuditMetadata.ACTOR_MEMBER_STATE, "CO"));

    private AggregateTestFixture<CooperationOffer> fixture;

    static CooperationOfferDetails details(Offerer offerer, int places, LocalDate from, LocalDate to) {
        return new CooperationOfferDetails("Teacher training", "Our ministry trains teachers", offerer,
                CidiPriority.EDUCATION, List.of(4), List.of("2.4"), OfferModality.SOUTH_SOUTH, List.of("es"),
                new OfferCapacity(places, "teachers"), from, to);
    }

    static CooperationOfferDetails colombia() {
        return details(Offerer.ofMemberState("CO"), 40, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CooperationOffer.class);
    }

    @Nested
    class Draft {

        @Test
        void anOfficerOffersForTheirOwnState() {
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationOfferCommand(ID, colombia()), OFFICER_CO)
                    .expectEvents(new CooperationOfferDraftedEvent(ID, colombia()));
        }

        @Test
        void refusesAnOfferForAnotherState() {
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationOfferCommand(ID, details(Offerer.ofMemberState("JM"), 40,
                            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))), OFFICER_CO)
                    .expectException(DomainRuleViolation.class).expectNoEvents();
        }

        @Test
        void refusesNoCapacityAndAPeriodEndingBeforeItStarts() {
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationOfferCommand(ID, details(Offerer.ofMemberState("CO"), 0,
                            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))), OFFICER_CO)
                    .expectExceptionMessage("capacity.places: an offer takes at least one participant or expert");
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationOfferCommand(ID, details(Offerer.ofMemberState("CO"), 5,
                            LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1))), OFFICER_CO)
                    .expectExceptionMessage("availableTo: the availability period must end after it starts");
        }

        @Test
        void refusesAnUnknownPermanentObserver() {
            fixture.givenNoPriorActivity()
                    .when(new DraftCooperationOfferCommand(ID, details(Offerer.ofPermanentObserver("XX"), 5,
                            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))))
                    .expectException(DomainRuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class Review {

        @Test
        void aSubmittedOfferIsPublished() {
            fixture.given(new CooperationOfferDraftedEvent(ID, colombia()))
                    .andGivenCommands(new SubmitCooperationOfferCommand(ID))
                    .when(new PublishCooperationOfferCommand(ID))
                    .expectEvents(new CooperationOfferPublishedEvent(ID))
                    .expectState(offer -> assertThat(offer.stage()).isEqualTo(CooperationOfferStage.PUBLISHED));
        }

        @Test
        void aRejectionSaysWhy() {
            fixture.given(new CooperationOfferDraftedEvent(ID, colombia()),
                            new CooperationOfferSubmittedEvent(ID, "Teacher training"))
                    .when(new RejectCooperationOfferCommand(ID), MetaData.with(AuditMetadata.REASON, " Out of scope "))
                    .expectEvents(new CooperationOfferRejectedEvent(ID, "Out of scope"));
            fixture.given(new CooperationOfferDraftedEvent(ID, colombia()),
                            new CooperationOfferSubmittedEvent(ID, "Teacher training"))
                    .when(new RejectCooperationOfferCommand(ID))
                    .expectException(DomainRuleViolation.class).expectNoEvents();
        }

        @Test
        void aDraftIsNotPublished() {
            fixture.given(new CooperationOfferDraftedEvent(ID, colombia()))
                    .when(new PublishCooperationOfferCommand(ID))
                    .expectException(IllegalTransition.class);
        }
    }

    @Nested
    class Withdraw {

        @Test
        void aPublishedOfferIsWithdrawnOnce() {
            fixture.given(new CooperationOfferDraftedEvent(ID, colombia()),
                            new CooperationOfferSubmittedEvent(ID, "Teacher training"),
                            new CooperationOfferPublishedEvent(ID))
                    .when(new WithdrawCooperationOfferCommand(ID))
                    .expectEvents(new CooperationOfferWithdrawnEvent(ID));
            fixture.given(new CooperationOfferDraftedEvent(ID, colombia()), new CooperationOfferWithdrawnEvent(ID))
                    .when(new WithdrawCooperationOfferCommand(ID))
                    .expectException(IllegalTransition.class);
        }
    }
}
