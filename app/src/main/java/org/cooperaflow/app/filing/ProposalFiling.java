package org.cooperaflow.app.filing;

import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.UnknownReferenceException;
import org.cooperaflow.app.api.proposals.ProposalBody;
import org.cooperaflow.domain.proposal.api.DraftProposalCommand;
import org.cooperaflow.domain.proposal.api.ResubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.SubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.UpdateProposalDraftCommand;
import org.cooperaflow.domain.proposal.api.WithdrawProposalCommand;
import org.cooperaflow.projections.accounts.ThematicAccountReader;
import org.cooperaflow.projections.proposals.ProposalCase;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.cooperaflow.projections.requests.CooperationRequestCaseReader;
import org.springframework.stereotype.Service;

/**
 * A member-state officer's steps on their state's proposals, for the API and the pages alike: who may take them (the
 * case-access policy), which references must exist (a thematic account, needs of the public catalog), and the command.
 */
@Service
public class ProposalFiling {

    private final CommandGateway commandGateway;
    private final ProposalCaseReader cases;
    private final ThematicAccountReader accounts;
    private final CooperationRequestCaseReader needs;
    private final CaseAccess access;

    public ProposalFiling(CommandGateway commandGateway, ProposalCaseReader cases, ThematicAccountReader accounts,
                          CooperationRequestCaseReader needs, CaseAccess access) {
        this.commandGateway = commandGateway;
        this.cases = cases;
        this.accounts = accounts;
        this.needs = needs;
        this.access = access;
    }

    /** Drafts a new proposal; answers its id. */
    public String draft(ProposalBody body) {
        access.requireMayFileFor(body.proposer().memberState());
        requireKnownAccount(body.accountId());
        requireCatalogNeeds(body.cooperationRequestIds());
        String id = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new DraftProposalCommand(id, body.toDetails()));
        return id;
    }

    public void update(String id, ProposalBody body) {
        access.requireOwner(visible(id));
        access.requireMayFileFor(body.proposer().memberState());
        requireKnownAccount(body.accountId());
        requireCatalogNeeds(body.cooperationRequestIds());
        commandGateway.sendAndWait(new UpdateProposalDraftCommand(id, body.toDetails()));
    }

    public void submit(String id) {
        proposerStep(id, new SubmitProposalCommand(id));
    }

    public void resubmit(String id) {
        proposerStep(id, new ResubmitProposalCommand(id));
    }

    public void withdraw(String id) {
        proposerStep(id, new WithdrawProposalCommand(id));
    }

    /** The proposal now, if the signed-in user may see it; otherwise it does not exist for them (404). */
    public ProposalCase visible(String id) {
        return access.visible(read(id));
    }

    /** As the pages open a proposal: another state's draft is forbidden (403), not absent. */
    public ProposalCase openable(String id) {
        return access.openable(read(id));
    }

    private ProposalCase read(String id) {
        return cases.read(id).orElseThrow(() -> new NotFoundException("no proposal " + id));
    }

    private void proposerStep(String id, Object command) {
        access.requireOwner(visible(id));
        commandGateway.sendAndWait(command);
    }

    /** Read from the event store, not the account list: an account opened a moment ago counts. */
    private void requireKnownAccount(String accountId) {
        if (accountId != null && !accounts.exists(accountId)) {
            throw new UnknownReferenceException("accountId", "no thematic account " + accountId);
        }
    }

    /** A proposal addresses needs of the public catalog: published (or already addressed by others). */
    private void requireCatalogNeeds(List<String> cooperationRequestIds) {
        if (cooperationRequestIds == null) {
            return;
        }
        for (int i = 0; i < cooperationRequestIds.size(); i++) {
            String needId = cooperationRequestIds.get(i);
            boolean inCatalog = needs.read(needId).map(need -> need.stage().inCatalog()).orElse(false);
            if (!inCatalog) {
                throw new UnknownReferenceException("cooperationRequestIds[" + i + "]",
                        "no published cooperation need " + needId);
            }
        }
    }
}
