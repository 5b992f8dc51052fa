package org.cooperaflow.domain.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperaflow.domain.shared.RuleMatchers.illegalTransition;
import static org.cooperaflow.domain.shared.RuleMatchers.violates;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.cooperaflow.domain.fund.api.AllocateContributionCommand;
import org.cooperaflow.domain.fund.api.CancelPledgeCommand;
import org.cooperaflow.domain.fund.api.ContributionAllocatedEvent;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.ContributionPledgeCancelledEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.ContributorType;
import org.cooperaflow.domain.fund.api.FundManagerRemindedEvent;
import org.cooperaflow.domain.fund.api.PledgeContributionCommand;
import org.cooperaflow.domain.fund.api.RecordReceiptCommand;
import org.cooperaflow.domain.fund.api.RemindFundManagerCommand;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FundContributionTest {

    static final String ID = "contribution-1";
    static final String ACCOUNT = "account-education";
    static final LocalDate RECEIVED_ON = LocalDate.of(2026, 11, 1);
    /** When the given pledges were made, and the fixture's now: noon UTC on {@link #RECEIVED_ON}. */
    static final Instant PLEDGED_AT = Instant.parse("2026-11-01T12:00:00Z");
    static final Money PLEDGED_CAD = Money.of("200000.00", "CAD");
    static final Map<String, Object> FUND_MANAGER = Map.of(AuditMetadata.ACTOR, "fund",
            AuditMetadata.ACTOR_ROLES, "fund-manager");

    private FixtureConfiguration<FundContribution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundContribution.class);
        fixture.givenCurrentTime(PLEDGED_AT);
    }

    static ContributionPledgedEvent pledged(String accountId, Money amount) {
        return new ContributionPledgedEvent(ID, Contributor.ofMemberState("CA"), accountId, Modality.MULTILATERAL,
                ContributionKind.CASH, amount);
    }

    /** Canada pledged CAD 200,000 to the education account. */
    static List<Object> pledgedInCad() {
        return history(pledged(ACCOUNT, PLEDGED_CAD));
    }

    /** Of which CAD 100,000 was received at 0.73: USD 73,000. */
    static List<Object> halfReceived() {
        List<Object> events = pledgedInCad();
        events.add(new ContributionReceivedEvent(ID, Money.of("100000.00", "CAD"), RECEIVED_ON,
                new BigDecimal("0.73"), Money.usd("73000.00"), Money.of("100000.00", "CAD"), Money.usd("73000.00")));
        return events;
    }

    static List<Object> history(Object... events) {
        return new ArrayList<>(Arrays.asList(events));
    }

    private static void expectStatus(ResultValidator<FundContribution> result, ContributionStatus status) {
        result.expectState(contribution -> assertThat(contribution.status()).isEqualTo(status));
    }

    private static PledgeContributionCommand pledge(Contributor contributor, Money amount) {
        return new PledgeContributionCommand(ID, contributor, null, Modality.MULTILATERAL, ContributionKind.CASH, amount);
    }

    @Nested
    class PledgeContribution {

        @Test
        void recordsPledgeOfMemberStateInItsCurrency() {
            expectStatus(fixture.givenNoPriorActivity()
                    .when(new PledgeContributionCommand(ID, Contributor.ofMemberState("CA"), ACCOUNT,
                            Modality.MULTILATERAL, ContributionKind.CASH, PLEDGED_CAD), FUND_MANAGER)
                    .expectEvents(pledged(ACCOUNT, PLEDGED_CAD)), ContributionStatus.PLEDGED);
        }

        @Test
        void recordsUnearmarkedInKindPledgeOfPermanentObserver() {
            Contributor spain = Contributor.ofPermanentObserver("ES");
            fixture.givenNoPriorActivity()
                    .when(new PledgeContributionCommand(ID, spain, null, Modality.TRIANGULAR, ContributionKind.IN_KIND,
                            Money.of("50000.00", "EUR")))
                    .expectEvents(new ContributionPledgedEvent(ID, spain, null, Modality.TRIANGULAR,
                            ContributionKind.IN_KIND, Money.of("50000.00", "EUR")));
        }

        @Test
        void rejectsUnknownMemberState() {
            fixture.givenNoPriorActivity().when(pledge(Contributor.ofMemberState("ES"), PLEDGED_CAD))
                    .expectException(violates("unknown-member-state"));
        }

        @Test
        void rejectsMemberStateThatDoesNotParticipate() {
            fixture.givenNoPriorActivity().when(pledge(Contributor.ofMemberState("NI"), PLEDGED_CAD))
                    .expectException(violates("state-not-participating"));
        }

        @Test
        void rejectsCountryThatIsNotPermanentObserver() {
            fixture.givenNoPriorActivity().when(pledge(Contributor.ofPermanentObserver("BR"), PLEDGED_CAD))
                    .expectException(violates("unknown-permanent-observer"));
        }

        @ParameterizedTest
        @EnumSource(value = ContributorType.class, names = {"PRIVATE_SECTOR", "PHILANTHROPIC", "DFI"})
        void rejectsUnnamedOrganisation(ContributorType type) {
            fixture.givenNoPriorActivity().when(pledge(Contributor.ofOrganisation(type, " "), PLEDGED_CAD))
                    .expectException(violates("contributor-name-required"));
        }

        @Test
        void recordsPledgeOfNamedDevelopmentFinanceInstitution() {
            Contributor idb = Contributor.ofOrganisation(ContributorType.DFI, "Inter-American Development Bank");
            fixture.givenNoPriorActivity().when(pledge(idb, Money.usd("1000000.00")))
                    .expectEvents(new ContributionPledgedEvent(ID, idb, null, Modality.MULTILATERAL,
                            ContributionKind.CASH, Money.usd("1000000.00")));
        }

        @Test
        void rejectsPledgeOfNothing() {
            fixture.givenNoPriorActivity().when(pledge(Contributor.ofMemberState("US"), Money.usd("0.00")))
                    .expectException(violates("pledge-must-be-positive"));
        }
    }

    @Nested
    class RecordReceipt {

        @Test
        void recordsPartialReceiptWithUsdEquivalentAtTheRecordedRate() {
            expectStatus(fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("100000.00", "CAD"), RECEIVED_ON, new BigDecimal("0.73")))
                    .expectEvents(new ContributionReceivedEvent(ID, Money.of("100000.00", "CAD"), RECEIVED_ON,
                            new BigDecimal("0.73"), Money.usd("73000.00"), Money.of("100000.00", "CAD"),
                            Money.usd("73000.00"))), ContributionStatus.PARTIALLY_RECEIVED);
        }

        @Test
        void roundsUsdEquivalentToTheCent() {
            fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("0.05", "CAD"), RECEIVED_ON, new BigDecimal("0.7345")))
                    .expectEvents(new ContributionReceivedEvent(ID, Money.of("0.05", "CAD"), RECEIVED_ON,
                            new BigDecimal("0.7345"), Money.usd("0.04"), Money.of("0.05", "CAD"), Money.usd("0.04")));
        }

        @Test
        void receivingTheRestMakesTheContributionReceived() {
            expectStatus(fixture.given(halfReceived())
                    .when(new RecordReceiptCommand(ID, Money.of("100000.00", "CAD"), RECEIVED_ON, new BigDecimal("0.74")))
                    .expectEvents(new ContributionReceivedEvent(ID, Money.of("100000.00", "CAD"), RECEIVED_ON,
                            new BigDecimal("0.74"), Money.usd("74000.00"), PLEDGED_CAD, Money.usd("147000.00"))),
                    ContributionStatus.RECEIVED);
        }

        @Test
        void recordsUsdReceiptAtRateOneWhenNoRateIsGiven() {
            fixture.given(pledged(null, Money.usd("500000.00")))
                    .when(new RecordReceiptCommand(ID, Money.usd("100000.00"), RECEIVED_ON, null))
                    .expectEvents(new ContributionReceivedEvent(ID, Money.usd("100000.00"), RECEIVED_ON, BigDecimal.ONE,
                            Money.usd("100000.00"), Money.usd("100000.00"), Money.usd("100000.00")));
        }

        @Test
        void rejectsUsdReceiptWithRateOtherThanOne() {
            fixture.given(pledged(null, Money.usd("500000.00")))
                    .when(new RecordReceiptCommand(ID, Money.usd("100000.00"), RECEIVED_ON, new BigDecimal("1.1")))
                    .expectException(violates("usd-rate-must-be-one"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "0", "-0.73"})
        void rejectsForeignCurrencyReceiptWithoutPositiveRate(String rate) {
            fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), RECEIVED_ON,
                            rate.isEmpty() ? null : new BigDecimal(rate)))
                    .expectException(violates("usd-rate-required"));
        }

        @Test
        void rejectsReceiptInAnotherCurrencyThanThePledge() {
            fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.usd("100.00"), RECEIVED_ON, null))
                    .expectException(violates("receipt-currency-mismatch"));
        }

        @Test
        void rejectsReceiptsBeyondThePledge() {
            fixture.given(halfReceived())
                    .when(new RecordReceiptCommand(ID, Money.of("100000.01", "CAD"), RECEIVED_ON, new BigDecimal("0.73")))
                    .expectException(violates("receipt-exceeds-pledge"));
        }

        @Test
        void rejectsReceiptDatedAfterTodayWhereverTodayIsLatest() {
            LocalDate latestToday = LocalDate.ofInstant(PLEDGED_AT, ZoneOffset.ofHours(14));
            fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), latestToday.plusDays(1),
                            new BigDecimal("0.73")))
                    .expectException(violates("receipt-in-the-future"));
            fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), java.time.LocalDate.of(2099, 12, 31),
                            new BigDecimal("0.73")))
                    .expectException(violates("receipt-in-the-future"));
        }

        @Test
        void rejectsReceiptDatedBeforeTheDayOfThePledge() {
            fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), RECEIVED_ON.minusDays(1),
                            new BigDecimal("0.73")))
                    .expectException(violates("receipt-before-pledge"))
                    .expectExceptionMessage(startsWith("receivedOn:"));
        }

        @Test
        void acceptsReceiptDatedTheDayOfThePledgeWhereThatDayWasEarliest() {
            // 05:00 UTC on 2 November is still 1 November at UTC-12
            fixture.givenCurrentTime(Instant.parse("2026-11-02T05:00:00Z"))
                    .andGiven(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), LocalDate.of(2026, 11, 1),
                            new BigDecimal("0.73")))
                    .expectEvents(new ContributionReceivedEvent(ID, Money.of("100.00", "CAD"), LocalDate.of(2026, 11, 1),
                            new BigDecimal("0.73"), Money.usd("73.00"), Money.of("100.00", "CAD"), Money.usd("73.00")));
        }

        @Test
        void rejectsReceiptDatedTheDayBeforeThePledgeEvenWhereThatDayWasEarliest() {
            // noon UTC on 2 November is midnight at UTC-12: 2 November everywhere
            fixture.givenCurrentTime(Instant.parse("2026-11-02T12:00:00Z"))
                    .andGiven(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), LocalDate.of(2026, 11, 1),
                            new BigDecimal("0.73")))
                    .expectException(violates("receipt-before-pledge"));
        }

        @Test
        void acceptsLaterReceiptDatedAfterThePledge() {
            fixture.given(pledgedInCad())
                    .andGivenCurrentTime(PLEDGED_AT.plus(Duration.ofDays(40)))
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), RECEIVED_ON.plusDays(39),
                            new BigDecimal("0.73")))
                    .expectSuccessfulHandlerExecution();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e-1000", "0.00000000001", "1000000000", "1e1000"})
        void rejectsRatesBeyondNineDigitsAndTenDecimals(String rate) {
            fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), RECEIVED_ON, new BigDecimal(rate)))
                    .expectException(violates("usd-rate-out-of-range"));
        }

        @Test
        void rejectsAReceiptWhoseUsdValueWouldPassTheLargestAmount() {
            fixture.given(pledged(null, Money.of("999999999999999.99", "CAD")))
                    .when(new RecordReceiptCommand(ID, Money.of("999999999999999.99", "CAD"), RECEIVED_ON,
                            new BigDecimal("999999999")))
                    .expectException(violates("amount-too-large"));
        }

        @Test
        void rejectsReceiptOfNothing() {
            fixture.given(pledgedInCad())
                    .when(new RecordReceiptCommand(ID, Money.of("0.00", "CAD"), RECEIVED_ON, new BigDecimal("0.73")))
                    .expectException(violates("receipt-must-be-positive"));
        }

        @Test
        void refusesReceiptForCancelledPledge() {
            List<Object> cancelled = pledgedInCad();
            cancelled.add(new ContributionPledgeCancelledEvent(ID));
            fixture.given(cancelled)
                    .when(new RecordReceiptCommand(ID, Money.of("100.00", "CAD"), RECEIVED_ON, new BigDecimal("0.73")))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class AllocateContribution {

        @Test
        void allocatesPartOfTheReceivedMoneyToAProposal() {
            ResultValidator<FundContribution> result = fixture.given(halfReceived())
                    .when(new AllocateContributionCommand(ID, "proposal-1", Money.usd("50000.00"), ACCOUNT), FUND_MANAGER)
                    .expectEvents(new ContributionAllocatedEvent(ID, "proposal-1", Money.usd("50000.00"),
                            Money.usd("50000.00")));
            expectStatus(result, ContributionStatus.PARTIALLY_ALLOCATED);
            result.expectState(contribution -> assertThat(contribution.allocatedByProposal())
                    .containsExactlyEntriesOf(Map.of("proposal-1", Money.usd("50000.00"))));
        }

        @Test
        void allocatesEveryReceivedDollarOfAFullyReceivedPledge() {
            List<Object> history = pledgedInCad();
            history.add(new ContributionReceivedEvent(ID, PLEDGED_CAD, RECEIVED_ON, new BigDecimal("0.73"),
                    Money.usd("146000.00"), PLEDGED_CAD, Money.usd("146000.00")));
            history.add(new ContributionAllocatedEvent(ID, "proposal-1", Money.usd("100000.00"), Money.usd("100000.00")));
            ResultValidator<FundContribution> result = fixture.given(history)
                    .when(new AllocateContributionCommand(ID, "proposal-2", Money.usd("46000.00"), ACCOUNT))
                    .expectEvents(new ContributionAllocatedEvent(ID, "proposal-2", Money.usd("46000.00"),
                            Money.usd("146000.00")));
            expectStatus(result, ContributionStatus.ALLOCATED);
            result.expectState(contribution -> assertThat(contribution.allocatedByProposal()).containsOnlyKeys(
                    "proposal-1", "proposal-2"));
        }

        @Test
        void rejectsAllocationBeyondWhatWasReceived() {
            fixture.given(halfReceived())
                    .when(new AllocateContributionCommand(ID, "proposal-1", Money.usd("73000.01"), ACCOUNT))
                    .expectException(violates("allocation-exceeds-received"));
        }

        @Test
        void rejectsAllocationOfAPledgeNothingOfWhichWasReceived() {
            fixture.given(pledgedInCad())
                    .when(new AllocateContributionCommand(ID, "proposal-1", Money.usd("1.00"), ACCOUNT))
                    .expectException(violates("allocation-exceeds-received"));
        }

        @Test
        void rejectsAllocationNotInUsd() {
            fixture.given(halfReceived())
                    .when(new AllocateContributionCommand(ID, "proposal-1", Money.of("1.00", "CAD"), ACCOUNT))
                    .expectException(violates("currency-not-usd"));
        }

        @Test
        void rejectsAllocationOfNothing() {
            fixture.given(halfReceived())
                    .when(new AllocateContributionCommand(ID, "proposal-1", Money.usd("0.00"), ACCOUNT))
                    .expectException(violates("allocation-must-be-positive"));
        }

        @Test
        void rejectsEarmarkedMoneyForProposalOfAnotherAccount() {
            fixture.given(halfReceived())
                    .when(new AllocateContributionCommand(ID, "proposal-1", Money.usd("1000.00"), "account-health"))
                    .expectException(violates("earmarked-for-other-account"));
        }

        @Test
        void allocatesUnearmarkedMoneyToProposalOfAnyAccount() {
            fixture.given(pledged(null, Money.usd("10000.00")), new ContributionReceivedEvent(ID, Money.usd("10000.00"),
                            RECEIVED_ON, BigDecimal.ONE, Money.usd("10000.00"), Money.usd("10000.00"), Money.usd("10000.00")))
                    .when(new AllocateContributionCommand(ID, "proposal-1", Money.usd("1000.00"), "account-health"))
                    .expectEvents(new ContributionAllocatedEvent(ID, "proposal-1", Money.usd("1000.00"),
                            Money.usd("1000.00")));
        }
    }

    @Nested
    class RemindFundManager {

        @Test
        void recordsReminderOfAPledgeAwaitingItsReceipt() {
            expectStatus(fixture.given(pledgedInCad())
                    .when(new RemindFundManagerCommand(ID))
                    .expectEvents(new FundManagerRemindedEvent(ID)),
                    ContributionStatus.PLEDGED);
        }

        @Test
        void refusesReminderOfCancelledPledge() {
            fixture.given(pledged(ACCOUNT, PLEDGED_CAD), new ContributionPledgeCancelledEvent(ID))
                    .when(new RemindFundManagerCommand(ID))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class CancelPledge {

        @Test
        void cancelsPledgeOfWhichNothingWasReceived() {
            expectStatus(fixture.given(pledgedInCad())
                    .when(new CancelPledgeCommand(ID), Map.of(AuditMetadata.REASON, "Budget cut by parliament"))
                    .expectEvents(new ContributionPledgeCancelledEvent(ID)), ContributionStatus.CANCELLED);
        }

        @Test
        void rejectsCancellationWithoutComment() {
            fixture.given(pledgedInCad()).when(new CancelPledgeCommand(ID)).expectException(violates("reason-required"));
        }

        @Test
        void refusesCancellationOnceMoneyWasReceived() {
            fixture.given(halfReceived()).when(new CancelPledgeCommand(ID), Map.of(AuditMetadata.REASON, "x"))
                    .expectException(illegalTransition());
        }
    }
}
