package org.cooperaflow.app.api.proposals;

import java.time.Instant;
import java.util.List;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.proposals.ProposalCase;
import org.cooperaflow.workflows.tasks.TaskView;

/** A proposal as {@code GET /api/proposals/{id}} shows it: stage, version, its fields, open tasks, history. */
public record ProposalResponse(
        String id,
        String stage,
        long version,
        String title,
        String summary,
        Proposer proposer,
        List<Partner> partners,
        Modality modality,
        List<String> measures,
        List<Integer> sdgs,
        CidiPriority priority,
        Money requestedAmount,
        Money coFinancing,
        Integer durationMonths,
        String accountId,
        List<String> cooperationRequestIds,
        List<Indicator> indicators,
        Instant draftedAt,
        Instant submittedAt,
        Instant updatedAt,
        Instant asOf,
        List<OpenTask> openTasks,
        List<ProposalCase.StageVisit> history,
        int reviewRound,
        List<ProposalCase.Vote> votes,
        ProposalCase.EligibilityAssessment eligibilityAssessment) {

    /** An open task of the proposal's process. */
    public record OpenTask(String id, String name, String taskDefinitionKey, String assignee,
                           List<String> candidateGroups, Instant created, Instant due) {
    }

    static ProposalResponse of(ProposalCase proposal, List<TaskView> tasks, Instant asOf) {
        ProposalDetails d = proposal.details();
        return new ProposalResponse(proposal.id(), proposal.stage().name(), proposal.version(), d.title(), d.summary(),
                d.proposer(), d.partners(), d.modality(), d.measures(), d.sdgs(), d.priority(), d.requestedAmount(),
                d.coFinancing(), d.durationMonths(), d.accountId(), d.cooperationRequestIds(), d.indicators(),
                proposal.draftedAt(), proposal.submittedAt(), proposal.updatedAt(), asOf,
                tasks.stream().map(t -> new OpenTask(t.id(), t.name(), t.taskDefinitionKey(), t.assignee(),
                        t.candidateGroups(), t.created(), t.due())).toList(),
                proposal.history(), proposal.reviewRound(), proposal.votes(), proposal.eligibilityAssessment());
    }
}
