package org.cooperaflow.app.filing;

import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.UnknownReferenceException;
import org.cooperaflow.app.api.contributions.ContributionBody;
import org.cooperaflow.app.api.contributions.ReceiptBody;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.fund.api.CancelPledgeCommand;
import org.cooperaflow.domain.fund.api.PledgeContributionCommand;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.projections.accounts.ThematicAccountReader;
import org.cooperaflow.projections.contributions.ContributionCaseReader;
import org.springframework.stereotype.Service;

/**
 * The fund manager's steps on the fund's contributions (pledges, receipts, cancelling a pledge), for the API and the
 * pages alike.
 */
@Service
public class ContributionFiling {

    private final CommandGateway commandGateway;
    private final ContributionCaseReader reader;
    private final ThematicAccountReader accounts;
    private final CaseAccess access;

    public ContributionFiling(CommandGateway commandGateway, ContributionCaseReader reader,
                              ThematicAccountReader accounts, CaseAccess access) {
        this.commandGateway = commandGateway;
        this.reader = reader;
        this.accounts = accounts;
        this.access = access;
    }

    /**
     * Records a pledge; answers the new contribution's id. A contributor its type does not take is refused at its
     * field (400), an account that does not exist as an unknown reference (422).
     */
    public String pledge(ContributionBody body) {
        requireFundManager();
        String id = UUID.randomUUID().toString();
        PledgeContributionCommand command = body.toCommand(id);
        if (body.accountId() != null && !accounts.exists(body.accountId())) {
            throw new UnknownReferenceException("accountId", "no thematic account " + body.accountId());
        }
        commandGateway.sendAndWait(command);
        return id;
    }

    /** Records money received against a contribution's pledge. */
    public void recordReceipt(String contributionId, ReceiptBody body) {
        requireFundManager();
        exists(contributionId);
        commandGateway.sendAndWait(body.toCommand(contributionId));
    }

    /** Cancels a pledge of which nothing was received; the comment is the reason the audit trail keeps. */
    public void cancelPledge(String contributionId, String comment) {
        access.require(Capability.MANAGE_FUNDS, "cancel pledges");
        exists(contributionId);
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(new CancelPledgeCommand(contributionId))
                .andMetaData(Map.of(AuditMetadata.REASON, comment)));
    }

    private void exists(String contributionId) {
        if (reader.read(contributionId).isEmpty()) {
            throw new NotFoundException("no contribution " + contributionId);
        }
    }

    private void requireFundManager() {
        access.require(Capability.MANAGE_FUNDS, "record contributions and receipts");
    }
}
