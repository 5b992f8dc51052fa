package org.cooperaflow.app.api.proposals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.UnknownReferenceException;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.domain.proposal.ProposalStage;
import org.cooperaflow.domain.proposal.api.DraftProposalCommand;
import org.cooperaflow.domain.proposal.api.ResubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.SubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.UpdateProposalDraftCommand;
import org.cooperaflow.domain.proposal.api.WithdrawProposalCommand;
import org.cooperaflow.domain.request.CooperationRequestStage;
import org.cooperaflow.projections.accounts.ThematicAccountReader;
import org.cooperaflow.projections.proposals.ProposalCase;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.cooperaflow.projections.proposals.ProposalListQuery;
import org.cooperaflow.projections.requests.CooperationRequestCaseReader;
import org.cooperaflow.workflows.tasks.WorkflowTaskService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Project proposals: member-state officers draft, revise, submit and resubmit their state's
 * proposals; everyone with a role follows submitted ones. An officer never sees another
 * state's drafts: for them such a proposal does not exist (404).
 */
@RestController
@Validated
@RequestMapping("/api/proposals")
public class ProposalController {

    private final CommandGateway commandGateway;
    private final ProposalCaseReader caseReader;
    private final ProposalListQuery listQuery;
    private final WorkflowTaskService tasks;
    private final ThematicAccountReader accounts;
    private final CooperationRequestCaseReader needs;
    private final CaseAccess access;

    public ProposalController(CommandGateway commandGateway, ProposalCaseReader caseReader,
                              ProposalListQuery listQuery, WorkflowTaskService tasks,
                              ThematicAccountReader accounts, CooperationRequestCaseReader needs, CaseAccess access) {
        this.commandGateway = commandGateway;
        this.caseReader = caseReader;
        this.listQuery = listQuery;
        this.tasks = tasks;
        this.accounts = accounts;
        this.needs = needs;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<ProposalResponse> draft(@Valid @RequestBody ProposalBody body) {
        access.requireMayFileFor(body.proposer().memberState());
        requireKnownAccount(body.accountId());
        requireCatalogNeeds(body.cooperationRequestIds());
        String id = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new DraftProposalCommand(id, body.toDetails()));
        return ResponseEntity.created(URI.create("/api/proposals/" + id)).body(view(id, null));
    }

    @PutMapping("/{id}")
    public ProposalResponse update(@PathVariable String id, @Valid @RequestBody ProposalBody body) {
        access.requireOwner(visible(id));
        access.requireMayFileFor(body.proposer().memberState());
        requireKnownAccount(body.accountId());
        requireCatalogNeeds(body.cooperationRequestIds());
        commandGateway.sendAndWait(new UpdateProposalDraftCommand(id, body.toDetails()));
        return view(id, null);
    }

    @PostMapping("/{id}/submit")
    public ProposalResponse submit(@PathVariable String id) {
        return proposerStep(id, new SubmitProposalCommand(id));
    }

    @PostMapping("/{id}/resubmit")
    public ProposalResponse resubmit(@PathVariable String id) {
        return proposerStep(id, new ResubmitProposalCommand(id));
    }

    @PostMapping("/{id}/withdraw")
    public ProposalResponse withdraw(@PathVariable String id) {
        return proposerStep(id, new WithdrawProposalCommand(id));
    }

    /** The proposal now, or as it stood at {@code asOf}, rebuilt from its events. */
    @GetMapping("/{id}")
    public ProposalResponse get(@PathVariable String id,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        visible(id);
        return view(id, asOf);
    }

    @GetMapping
    public ProposalListQuery.Page list(@RequestParam(required = false) ProposalStage stage,
                                       @RequestParam(required = false) @MemberStateCode String memberState,
                                       @RequestParam(required = false) String account,
                                       @RequestParam(required = false) String measure,
                                       @RequestParam(required = false) Integer sdg,
                                       @RequestParam(required = false) org.cooperaflow.domain.shared.CidiPriority priority,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return listQuery.find(new ProposalListQuery.Filter(
                stage == null ? null : stage.name(), memberState, account, access.draftsVisibleOf(),
                access.listScope(), measure, sdg,
                priority == null ? null : priority.name()), page, size);
    }

    private ProposalResponse proposerStep(String id, Object command) {
        access.requireOwner(visible(id));
        commandGateway.sendAndWait(command);
        return view(id, null);
    }

    private ProposalResponse view(String id, Instant asOf) {
        ProposalCase proposal = caseReader.read(id, asOf)
                .orElseThrow(() -> new NotFoundException("proposal " + id + " did not exist at " + asOf));
        return ProposalResponse.of(proposal, asOf == null ? tasks.openTasksOfCase(id) : List.of(), asOf);
    }

    private ProposalCase visible(String id) {
        return access.visible(caseReader.read(id).orElseThrow(() -> new NotFoundException("no proposal " + id)));
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
            boolean inCatalog = needs.read(needId).map(need -> need.stage() == CooperationRequestStage.PUBLISHED
                    || need.stage() == CooperationRequestStage.ADDRESSED).orElse(false);
            if (!inCatalog) {
                throw new UnknownReferenceException("cooperationRequestIds[" + i + "]",
                        "no published cooperation need " + needId);
            }
        }
    }
}
