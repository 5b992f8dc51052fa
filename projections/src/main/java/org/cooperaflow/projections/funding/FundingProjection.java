package org.cooperaflow.projections.funding;

import java.math.BigDecimal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.fund.api.ContributionAllocatedEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgeCancelledEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
import org.cooperaflow.domain.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the funding dashboard's figures: each contribution's pledge, receipts and allocations
 * in USD, and each approved proposal's approved and allocated amounts.
 */
@Component
@ProcessingGroup(FundingProjection.PROCESSING_GROUP)
public class FundingProjection {

    public static final String PROCESSING_GROUP = "funding";

    private final JdbcTemplate jdbc;

    public FundingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ThematicAccountOpenedEvent event) {
        jdbc.update("INSERT INTO funding_account (account_id, name) VALUES (?, ?) ON CONFLICT (account_id) DO NOTHING",
                event.accountId(), event.name());
    }

    @EventHandler
    void on(ContributionPledgedEvent event) {
        Money pledged = event.pledged();
        jdbc.update("""
                INSERT INTO funding_contribution (contribution_id, contributor_type, account_id, pledged_amount,
                    pledged_currency, pledged_usd) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (contribution_id) DO NOTHING""",
                event.contributionId(), event.contributor().type().name(), event.accountId(), pledged.amount(),
                pledged.currency(), Money.USD.equals(pledged.currency()) ? pledged.amount() : null);
    }

    /** A pledge in another currency is valued in USD at the rate of its latest receipt. */
    @EventHandler
    void on(ContributionReceivedEvent event) {
        jdbc.update("UPDATE funding_contribution SET received_usd = ? WHERE contribution_id = ?",
                event.totalReceivedUsd().amount(), event.contributionId());
        if (event.usdRate() != null && !Money.USD.equals(event.amount().currency())) {
            jdbc.query("SELECT pledged_amount, pledged_currency FROM funding_contribution WHERE contribution_id = ?",
                    rs -> {
                        Money pledged = new Money(rs.getBigDecimal(1), rs.getString(2).trim());
                        if (pledged.currency().equals(event.amount().currency())) {
                            jdbc.update("UPDATE funding_contribution SET pledged_usd = ? WHERE contribution_id = ?",
                                    pledgedUsd(pledged, event.usdRate()), event.contributionId());
                        }
                    }, event.contributionId());
        }
    }

    @EventHandler
    void on(ContributionAllocatedEvent event) {
        jdbc.update("UPDATE funding_contribution SET allocated_usd = ? WHERE contribution_id = ?",
                event.totalAllocatedUsd().amount(), event.contributionId());
    }

    @EventHandler
    void on(ContributionPledgeCancelledEvent event) {
        jdbc.update("UPDATE funding_contribution SET cancelled = TRUE WHERE contribution_id = ?", event.contributionId());
    }

    @EventHandler
    void on(ProposalDraftedEvent event) {
        jdbc.update("INSERT INTO funding_proposal (proposal_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.proposalId(), event.details().accountId());
    }

    @EventHandler
    void on(ProposalDraftUpdatedEvent event) {
        jdbc.update("UPDATE funding_proposal SET account_id = ? WHERE proposal_id = ?",
                event.details().accountId(), event.proposalId());
    }

    @EventHandler
    void on(ProposalApprovedEvent event) {
        jdbc.update("UPDATE funding_proposal SET approved_usd = ? WHERE proposal_id = ?",
                event.approvedAmount().amount(), event.proposalId());
    }

    @EventHandler
    void on(FundsAllocatedToProposalEvent event) {
        jdbc.update("UPDATE funding_proposal SET allocated_usd = ? WHERE proposal_id = ?",
                event.totalAllocated().amount(), event.proposalId());
    }

    @EventHandler
    void on(ProposalFundedEvent event) {
        jdbc.update("UPDATE funding_proposal SET funded = TRUE WHERE proposal_id = ?", event.proposalId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM funding_contribution");
        jdbc.update("DELETE FROM funding_proposal");
        jdbc.update("DELETE FROM funding_account");
    }

    /** A pledge in another currency valued at a receipt's rate (USD per unit), half-even to the cent. */
    public static BigDecimal pledgedUsd(Money pledged, BigDecimal usdRate) {
        return pledged.toUsd(usdRate).amount();
    }
}
