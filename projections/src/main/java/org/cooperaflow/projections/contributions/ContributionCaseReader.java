package org.cooperaflow.projections.contributions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperaflow.domain.fund.ContributionStatus;
import org.cooperaflow.domain.fund.api.ContributionAllocatedEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgeCancelledEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.fund.api.FundContributionEvent;
import org.cooperaflow.domain.shared.Money;
import org.springframework.stereotype.Service;

/**
 * Rebuilds one fund contribution from its events, so the fund manager who records a receipt
 * sees the new totals at once and a donor can be told exactly which projects its money funds.
 */
@Service
public class ContributionCaseReader {

    private final EventStore eventStore;

    public ContributionCaseReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ContributionCase> read(String contributionId) {
        DomainEventStream stream = eventStore.readEvents(contributionId, 0);
        ContributionPledgedEvent pledge = null;
        Money received = null;
        Money receivedUsd = Money.zero(Money.USD);
        Money allocatedUsd = Money.zero(Money.USD);
        boolean cancelled = false;
        List<ContributionCase.Receipt> receipts = new ArrayList<>();
        List<ContributionCase.Allocation> allocations = new ArrayList<>();
        long version = -1;
        Instant pledgedAt = null;
        Instant updatedAt = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof FundContributionEvent event)) {
                continue;
            }
            Instant at = message.getTimestamp();
            version = message.getSequenceNumber();
            updatedAt = at;
            if (event instanceof ContributionPledgedEvent pledged) {
                pledge = pledged;
                received = Money.zero(pledged.pledged().currency());
                pledgedAt = at;
            } else if (event instanceof ContributionReceivedEvent receipt) {
                received = receipt.totalReceived();
                receivedUsd = receipt.totalReceivedUsd();
                receipts.add(new ContributionCase.Receipt(receipt.amount(), receipt.receivedOn(), receipt.usdRate(),
                        receipt.usdAmount(), at));
            } else if (event instanceof ContributionAllocatedEvent allocation) {
                allocatedUsd = allocation.totalAllocatedUsd();
                allocations.add(new ContributionCase.Allocation(allocation.proposalId(), allocation.usdAmount(), at));
            } else if (event instanceof ContributionPledgeCancelledEvent) {
                cancelled = true;
            }
        }
        if (pledge == null) {
            return Optional.empty();
        }
        ContributionStatus status = ContributionStatus.of(cancelled, pledge.pledged(), received, receivedUsd,
                allocatedUsd);
        return Optional.of(new ContributionCase(contributionId, status, version, pledge.contributor(),
                pledge.accountId(), pledge.modality(), pledge.kind(), pledge.pledged(), received, receivedUsd,
                allocatedUsd, List.copyOf(receipts), List.copyOf(allocations), pledgedAt, updatedAt));
    }
}
