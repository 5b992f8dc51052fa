package org.cooperaflow.domain.fund;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.cooperaflow.domain.fund.api.AllocateContributionCommand;
import org.cooperaflow.domain.fund.api.CancelPledgeCommand;
import org.cooperaflow.domain.fund.api.ContributionAllocatedEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgeCancelledEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.FundManagerRemindedEvent;
import org.cooperaflow.domain.fund.api.PledgeContributionCommand;
import org.cooperaflow.domain.fund.api.RecordReceiptCommand;
import org.cooperaflow.domain.fund.api.RemindFundManagerCommand;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.Decimals;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.IllegalTransition;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.domain.shared.PermanentObservers;

/** A contribution to the Development Cooperation Fund: pledged, received (at a USD rate) and allocated to proposals. */
public class FundContribution {

    @AggregateIdentifier
    private String contributionId;
    private String accountId;
    private Money pledged;
    /** The day of the pledge where it was earliest (UTC-12): no receipt is dated before it. */
    private LocalDate pledgedOnEarliest;
    private Money received;
    private Money receivedUsd = Money.zero(Money.USD);
    private Money allocatedUsd = Money.zero(Money.USD);
    /** USD allocated per proposal: what the donor is told its money funds. */
    private final Map<String, Money> allocatedByProposal = new LinkedHashMap<>();
    private boolean cancelled;
    private ContributionStatus status;

    protected FundContribution() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public FundContribution(PledgeContributionCommand command) {
        requireKnownContributor(command.contributor());
        if (command.pledged().isZero()) {
            throw new DomainRuleViolation("pledge-must-be-positive", "pledged: a pledge is a positive amount");
        }
        apply(new ContributionPledgedEvent(command.contributionId(), command.contributor(), command.accountId(),
                command.modality(), command.kind(), command.pledged()));
    }

    @CommandHandler
    public void handle(RecordReceiptCommand command) {
        requireNotCancelled("record a receipt for");
        Money amount = command.amount();
        if (!amount.currency().equals(pledged.currency())) {
            throw new DomainRuleViolation("receipt-currency-mismatch",
                    "amount: the pledge is in " + pledged.currency() + ", the receipt in " + amount.currency());
        }
        if (amount.isZero()) {
            throw new DomainRuleViolation("receipt-must-be-positive", "amount: a receipt is a positive amount");
        }
        if (command.receivedOn().isAfter(latestToday())) {
            throw new DomainRuleViolation("receipt-in-the-future",
                    "receivedOn: money is recorded once received; " + command.receivedOn() + " has not come yet");
        }
        if (command.receivedOn().isBefore(pledgedOnEarliest)) {
            throw new DomainRuleViolation("receipt-before-pledge",
                    "receivedOn: money is received after it is pledged; " + command.receivedOn()
                            + " is before the pledge of " + pledgedOnEarliest);
        }
        BigDecimal rate = usdRateFor(amount.currency(), command.usdRate());
        Money total = received.plus(amount);
        if (total.isGreaterThan(pledged)) {
            throw new DomainRuleViolation("receipt-exceeds-pledge",
                    "amount: receiving " + amount + " would bring receipts to " + total
                            + ", more than the " + pledged + " pledged");
        }
        Money usdAmount = amount.toUsd(rate);
        apply(new ContributionReceivedEvent(contributionId, amount, command.receivedOn(), rate, usdAmount,
                total, receivedUsd.plus(usdAmount)));
    }

    @CommandHandler
    public void handle(AllocateContributionCommand command) {
        requireNotCancelled("allocate");
        Money amount = command.usdAmount();
        if (!Money.USD.equals(amount.currency())) {
            throw new DomainRuleViolation("currency-not-usd", "usdAmount: allocations are made in USD");
        }
        if (amount.isZero()) {
            throw new DomainRuleViolation("allocation-must-be-positive",
                    "usdAmount: an allocation is a positive amount");
        }
        if (accountId != null && !accountId.equals(command.proposalAccountId())) {
            throw new DomainRuleViolation("earmarked-for-other-account",
                    "this contribution is earmarked for account " + accountId
                            + " and cannot fund a proposal of account " + command.proposalAccountId());
        }
        Money total = allocatedUsd.plus(amount);
        if (total.isGreaterThan(receivedUsd)) {
            throw new DomainRuleViolation("allocation-exceeds-received",
                    "usdAmount: allocating " + amount + " would bring allocations to " + total
                            + ", more than the " + receivedUsd + " received");
        }
        apply(new ContributionAllocatedEvent(contributionId, command.proposalId(), amount, total));
    }

    @CommandHandler
    public void handle(RemindFundManagerCommand command) {
        requireNotCancelled("remind the fund manager about");
        apply(new FundManagerRemindedEvent(contributionId));
    }

    @CommandHandler
    public void handle(CancelPledgeCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        if (status != ContributionStatus.PLEDGED) {
            throw new IllegalTransition("cannot cancel contribution " + contributionId + " in status " + status
                    + "; only a pledge of which nothing was received can be cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason-required", "cancelling a pledge needs a comment saying why");
        }
        apply(new ContributionPledgeCancelledEvent(contributionId));
    }

    @EventSourcingHandler
    void on(ContributionPledgedEvent event, @Timestamp Instant pledgedAt) {
        contributionId = event.contributionId();
        pledgedOnEarliest = earliestDayOf(pledgedAt);
        accountId = event.accountId();
        pledged = event.pledged();
        received = Money.zero(pledged.currency());
        updateStatus();
    }

    @EventSourcingHandler
    void on(ContributionReceivedEvent event) {
        received = event.totalReceived();
        receivedUsd = event.totalReceivedUsd();
        updateStatus();
    }

    @EventSourcingHandler
    void on(ContributionAllocatedEvent event) {
        allocatedUsd = event.totalAllocatedUsd();
        allocatedByProposal.merge(event.proposalId(), event.usdAmount(), Money::plus);
        updateStatus();
    }

    @EventSourcingHandler
    void on(ContributionPledgeCancelledEvent event) {
        cancelled = true;
        updateStatus();
    }

    private void updateStatus() {
        status = ContributionStatus.of(cancelled, pledged, received, receivedUsd, allocatedUsd);
    }

    private void requireNotCancelled(String action) {
        if (cancelled) {
            throw new IllegalTransition("cannot " + action + " contribution " + contributionId + ": it was cancelled");
        }
    }

    /**
     * Today's date where it is latest (UTC+14): a receipt dated today anywhere in the world is not in the
     * future. The clock is the one Axon stamps events with.
     */
    private static LocalDate latestToday() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.ofHours(14));
    }

    /**
     * The day of a moment where it is earliest (UTC-12): a receipt dated the day of the pledge anywhere in the
     * world is not before it, as {@link #latestToday()} lets no one's today be in the future.
     */
    private static LocalDate earliestDayOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZoneOffset.ofHours(-12));
    }

    /** USD needs no rate (or a rate of 1); any other currency needs a positive rate, USD per unit. */
    private static BigDecimal usdRateFor(String currency, BigDecimal usdRate) {
        if (Money.USD.equals(currency)) {
            if (usdRate != null && usdRate.compareTo(BigDecimal.ONE) != 0) {
                throw new DomainRuleViolation("usd-rate-must-be-one", "usdRate: a receipt in USD has a rate of 1");
            }
            return BigDecimal.ONE;
        }
        if (usdRate == null || usdRate.signum() <= 0) {
            throw new DomainRuleViolation("usd-rate-required",
                    "usdRate: a receipt in " + currency + " needs a positive rate to USD");
        }
        if (!Decimals.fits(usdRate, Decimals.MAX_RATE_INTEGER_DIGITS, Decimals.MAX_RATE_DECIMALS)) {
            throw new DomainRuleViolation("usd-rate-out-of-range", "usdRate: must have at most "
                    + Decimals.MAX_RATE_INTEGER_DIGITS + " digits before the decimal point and "
                    + Decimals.MAX_RATE_DECIMALS + " after it");
        }
        return usdRate;
    }

    private static void requireKnownContributor(Contributor contributor) {
        switch (contributor.type()) {
            case MEMBER_STATE -> {
                if (!MemberStates.isMemberState(contributor.memberState())) {
                    throw new DomainRuleViolation("unknown-member-state",
                            "contributor.memberState: not an OAS member state: " + contributor.memberState());
                }
                if (!MemberStates.get(contributor.memberState()).participates()) {
                    throw new DomainRuleViolation("state-not-participating",
                            "contributor.memberState: " + contributor.memberState()
                                    + " does not currently participate in the OAS");
                }
            }
            case PERMANENT_OBSERVER -> {
                if (!PermanentObservers.isPermanentObserver(contributor.country())) {
                    throw new DomainRuleViolation("unknown-permanent-observer",
                            "contributor.country: not a permanent observer of the OAS: " + contributor.country());
                }
            }
            case PRIVATE_SECTOR, PHILANTHROPIC, DFI -> {
                if (contributor.name() == null || contributor.name().isBlank()) {
                    throw new DomainRuleViolation("contributor-name-required",
                            "contributor.name: a " + contributor.type() + " contributor is named");
                }
            }
        }
    }

    /** The current status, for tests in this package. */
    ContributionStatus status() {
        return status;
    }

    /** USD allocated per proposal, for tests in this package. */
    Map<String, Money> allocatedByProposal() {
        return Map.copyOf(allocatedByProposal);
    }
}
