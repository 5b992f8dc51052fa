package org.cooperaflow.app.web;

import java.util.HashMap;
import java.util.Map;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.fund.ContributionStatus;
import org.cooperaflow.projections.accounts.ThematicAccountReader;
import org.cooperaflow.projections.contributions.ContributionCase;
import org.cooperaflow.projections.contributions.ContributionCaseReader;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contribution's page, for those who read the fund's books: who gave what, what was received and at which rate,
 * and which proposals its money funds.
 */
@Controller
public class ContributionPagesController {

    private final ContributionCaseReader contributions;
    private final ProposalCaseReader proposals;
    private final ThematicAccountReader accounts;
    private final TaskInbox tasks;
    private final CaseAccess access;

    public ContributionPagesController(ContributionCaseReader contributions, ProposalCaseReader proposals,
                                       ThematicAccountReader accounts, TaskInbox tasks, CaseAccess access) {
        this.contributions = contributions;
        this.proposals = proposals;
        this.accounts = accounts;
        this.tasks = tasks;
        this.access = access;
    }

    @GetMapping("/contributions/{id}")
    public String contribution(@PathVariable String id, Model model) {
        access.requireContributionReader();
        ContributionCase contribution = contributions.read(id)
                .orElseThrow(() -> new NotFoundException("no contribution " + id));
        Map<String, String> titles = new HashMap<>();
        contribution.allocations().forEach(a -> proposals.read(a.proposalId())
                .ifPresent(p -> titles.put(a.proposalId(), p.details().title())));
        model.addAttribute("contribution", contribution);
        model.addAttribute("account", contribution.accountId() == null ? null
                : accounts.read(contribution.accountId()).orElse(null));
        model.addAttribute("titles", titles);
        model.addAttribute("available", contribution.receivedUsd().minus(contribution.allocatedUsd()));
        model.addAttribute("openTasks", tasks.openTasksOfCase(id));
        model.addAttribute("mayRecord", access.may(Capability.MANAGE_FUNDS)
                && contribution.status() != ContributionStatus.CANCELLED);
        return "contributions/contribution";
    }
}
