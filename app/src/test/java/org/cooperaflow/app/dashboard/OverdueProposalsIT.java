package org.cooperaflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.cooperaflow.app.api.dashboard.StageDeadlines;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.projections.stages.OverdueProposal;
import org.cooperaflow.projections.stages.OverdueProposalsQuery;
import org.cooperaflow.projections.stages.StageDashboard;
import org.cooperaflow.projections.stages.StageDashboardFilter;
import org.cooperaflow.projections.stages.StageDashboardQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The overdue proposals one by one are the stage dashboard's overdue counts, stage by stage and filter by filter. */
class OverdueProposalsIT extends IntegrationTest {

    @Autowired
    OverdueProposalsQuery overdue;

    @Autowired
    StageDashboardQuery stages;

    @Autowired
    StageDeadlines deadlines;

    @Test
    void aProposalWaitingPastItsStagesDeadlineIsListedWithItsTitleAndCountedByTheDashboard() {
        String id = submittedProposal("Overdue: waiting for its screening");
        awaitProcessorsCaughtUp();
        String stage = as("manager").get("/api/proposals/" + id).json().get("stage").asText();
        Duration deadline = deadlines.asMap().get(ProposalStage.valueOf(stage));
        assertThat(deadline).as("the deadline of " + stage).isNotNull();
        Instant late = Instant.now().plus(deadline).plus(Duration.ofDays(1));

        StageDashboardFilter jamaica = new StageDashboardFilter("JM", null, null, null, null);
        OverdueProposalsQuery.Page found = overdue.find(jamaica, late, deadlines.asMap(), -1);
        assertThat(found.items()).extracting(OverdueProposal::proposalId).contains(id);
        OverdueProposal mine = found.items().stream().filter(p -> p.proposalId().equals(id)).findFirst().orElseThrow();
        assertThat(mine.title()).isEqualTo("Overdue: waiting for its screening");
        assertThat(mine.stage()).isEqualTo(stage);
        assertThat(mine.memberState()).isEqualTo("JM");
        assertThat(mine.deadline()).isEqualTo(deadline.toString());
        assertThat(found.total()).isEqualTo(found.items().size());

        Map<String, Long> listed = found.items().stream()
                .collect(Collectors.groupingBy(OverdueProposal::stage, Collectors.counting()));
        StageDashboard dashboard = stages.compute(jamaica, late, deadlines.asMap());
        dashboard.stages().stream().filter(s -> s.overdue() != null).forEach(s ->
                assertThat(listed.getOrDefault(s.stage(), 0L)).as(s.stage()).isEqualTo(s.overdue()));
        assertThat(listed).containsKey(stage);
        assertThat(overdue.find(jamaica, late, deadlines.asMap(), 1).items()).hasSize(1);

        assertThat(overdue.find(jamaica, Instant.now(), deadlines.asMap(), -1).items())
                .as("not overdue before its deadline").extracting(OverdueProposal::proposalId).doesNotContain(id);
        assertThat(overdue.find(new StageDashboardFilter("CO", null, null, null, null), late, deadlines.asMap(), -1)
                .items()).as("another state's filter").extracting(OverdueProposal::proposalId).doesNotContain(id);
    }
}
