package org.cooperaflow.app.api.proposals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.app.filing.ProposalFiling;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.projections.proposals.ProposalCase;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.cooperaflow.projections.proposals.ProposalListQuery;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Proposals")
@RestController
@RequestMapping("/api/proposals")
public class ProposalController {

    private final ProposalFiling filing;
    private final ProposalCaseReader caseReader;
    private final ProposalListQuery listQuery;
    private final TaskInbox tasks;
    private final CaseAccess access;

    public ProposalController(ProposalFiling filing, ProposalCaseReader caseReader, ProposalListQuery listQuery,
                              TaskInbox tasks, CaseAccess access) {
        this.filing = filing;
        this.caseReader = caseReader;
        this.listQuery = listQuery;
        this.tasks = tasks;
        this.access = access;
    }

    @Operation(summary = "Draft a project proposal")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the proposer's state")
    @PostMapping
    public ResponseEntity<ProposalResponse> draft(@Valid @RequestBody ProposalBody body) {
        String id = filing.draft(body);
        // A proposal's process starts when it is submitted: a draft has no tasks to look up.
        return ResponseEntity.created(URI.create("/api/proposals/" + id))
                .body(ProposalResponse.of(read(id, null), List.of(), null));
    }

    @Operation(summary = "Revise a draft or returned proposal")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the proposal's own state")
    @PutMapping("/{id}")
    public ProposalResponse update(@PathVariable String id, @Valid @RequestBody ProposalBody body) {
        filing.update(id, body);
        return view(id, null);
    }

    @Operation(summary = "Submit a draft proposal")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the proposal's own state")
    @PostMapping("/{id}/submit")
    public ProposalResponse submit(@PathVariable String id) {
        filing.submit(id);
        return view(id, null);
    }

    @Operation(summary = "Resubmit a proposal returned for revision")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the proposal's own state")
    @PostMapping("/{id}/resubmit")
    public ProposalResponse resubmit(@PathVariable String id) {
        filing.resubmit(id);
        return view(id, null);
    }

    @Operation(summary = "Withdraw a proposal")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the proposal's own state")
    @PostMapping("/{id}/withdraw")
    public ProposalResponse withdraw(@PathVariable String id) {
        filing.withdraw(id);
        return view(id, null);
    }

    /** The proposal now, or as it stood at {@code asOf}, rebuilt from its events. */
    @Operation(summary = "Read a proposal, now or as it stood at a past moment")
    @CalledBy
    @GetMapping("/{id}")
    public ProposalResponse get(@PathVariable String id,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        visible(id);
        return view(id, asOf);
    }

    @Operation(summary = "List proposals, filtered and paged")
    @CalledBy
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

    private ProposalResponse view(String id, Instant asOf) {
        return ProposalResponse.of(read(id, asOf), asOf == null ? tasks.openTasksOfCase(id) : List.of(), asOf);
    }

    private ProposalCase read(String id, Instant asOf) {
        return caseReader.read(id, asOf)
                .orElseThrow(() -> new NotFoundException("proposal " + id + " did not exist at " + asOf));
    }

    private ProposalCase visible(String id) {
        return filing.visible(id);
    }
}
