package org.cooperaflow.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.web.support.Htmx;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.projections.contributions.ContributionCase;
import org.cooperaflow.projections.contributions.ContributionCaseReader;
import org.cooperaflow.projections.proposals.ProposalCase;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.cooperaflow.projections.proposals.ProposalDossier;
import org.cooperaflow.projections.proposals.ProposalDossierReader;
import org.cooperaflow.projections.proposals.ProposalListQuery;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.cooperaflow.workflows.tasks.TaskView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Proposals: the list by stage (an officer sees their own state's), and the dossier, everything about one proposal on
 * one page, now or as it stood at an earlier decision. Who sees which proposal is the case-access policy's answer, as
 * for the API: a proposal the user may not see is not found.
 */
@Controller
public class ProposalPagesController {

    static final int PAGE_SIZE = 25;

    private final ProposalCaseReader cases;
    private final ProposalDossierReader dossiers;
    private final ProposalListQuery list;
    private final TaskInbox tasks;
    private final ContributionCaseReader contributions;
    private final CaseAccess access;

    public ProposalPagesController(ProposalCaseReader cases, ProposalDossierReader dossiers, ProposalListQuery list,
                                   TaskInbox tasks, ContributionCaseReader contributions, CaseAccess access) {
        this.cases = cases;
        this.dossiers = dossiers;
        this.list = list;
        this.tasks = tasks;
        this.contributions = contributions;
        this.access = access;
    }

    @GetMapping("/proposals")
    public String list(@RequestParam(name = "stage", required = false) String stage,
                       @RequestParam(name = "page", defaultValue = "0") int page,
                       HttpServletRequest request, Model model) {
        ProposalStage filter = Arrays.stream(ProposalStage.values()).filter(s -> s.name().equals(stage)).findFirst()
                .orElse(null);
        ProposalListQuery.Page found = list.find(new ProposalListQuery.Filter(filter == null ? null : filter.name(),
                null, null, access.draftsVisibleOf(), access.listScope()), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("proposals", found.items());
        model.addAttribute("stage", filter == null ? null : filter.name());
        model.addAttribute("stages", ProposalStage.values());
        model.addAttribute("page", found.page());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("scope", access.listScope());
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "proposals/list :: results" : "proposals/list";
    }

    /** The dossier now, or as it stood at {@code asOf} (an ISO instant, such as a decision's moment). */
    @GetMapping("/proposals/{id}")
    public String dossier(@PathVariable String id, @RequestParam(name = "asOf", required = false) String asOf,
                          HttpServletRequest request, Model model) {
        ProposalCase now = openable(id);
        Instant at = parse(asOf);
        ProposalDossier current = dossiers.read(id).orElseThrow(() -> new NotFoundException("no proposal " + id));
        ProposalDossier shown = at == null ? current : dossiers.read(id, at)
                .orElseThrow(() -> new NotFoundException("proposal " + id + " did not exist at " + at));
        List<TaskView> open = at == null ? tasks.openTasksOfCase(id) : List.of();
        Map<String, ContributionCase> sources = new HashMap<>();
        shown.allocations().forEach(a -> contributions.read(a.contributionId())
                .ifPresent(c -> sources.put(a.contributionId(), c)));
        model.addAttribute("dossier", shown);
        model.addAttribute("moments", current.moments());
        model.addAttribute("asOf", at);
        model.addAttribute("openTasks", open);
        model.addAttribute("awaitingVote", open.stream()
                .filter(t -> t.taskDefinitionKey().equals("Task_ReviewProposal") && t.assignee() != null)
                .map(TaskView::assignee).toList());
        model.addAttribute("sources", sources);
        model.addAttribute("mayReadFunds", access.may(Capability.READ_FUNDS));
        model.addAttribute("owner", at == null && access.isOwner(now));
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "proposals/dossier :: dossier" : "proposals/dossier";
    }

    ProposalCase openable(String id) {
        return access.openable(cases.read(id).orElseThrow(() -> new NotFoundException("no proposal " + id)));
    }

    private static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("no moment " + asOf);
        }
    }
}
