package org.cooperaflow.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.junit.jupiter.api.Test;

/** The demo agency's scenario as written, before anything is played: the cases a newcomer should meet. */
class DemoAgencyTest {

    private final Instant now = Instant.parse("2026-11-30T06:45:00Z");
    private final DemoScript script = written(now);

    private static DemoScript written(Instant now) {
        DemoScript script = new DemoScript(now);
        DemoAgency.write(script);
        return script;
    }

    @Test
    void aboutFortyProposalsEndInEveryStageButSuspension() {
        Set<ProposalStage> stages = script.proposals().stream().map(ProposalStory::stage)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProposalStage.class)));

        assertThat(script.proposals()).hasSizeBetween(35, 45);
        assertThat(stages).isEqualTo(EnumSet.complementOf(EnumSet.of(ProposalStage.SUBMITTED, ProposalStage.SUSPENDED)));
    }

    @Test
    void onlyStatesWithADemoOfficerPropose() {
        assertThat(script.proposals()).extracting(ProposalStory::proposerState).containsOnly("JM", "CO");
    }

    @Test
    void aboutThirtyNeedsArePublishedRejectedDiagnosedOrDrafted() {
        assertThat(script.needs()).hasSizeBetween(25, 35);
        assertThat(script.needs()).extracting(NeedStory::stage).contains(CooperationRequestStage.PUBLISHED,
                CooperationRequestStage.ADDRESSED, CooperationRequestStage.REJECTED,
                CooperationRequestStage.UNDER_DIAGNOSIS, CooperationRequestStage.DRAFT);
    }

    @Test
    void everyStepHappensInTheLastTwoYearsInTimeOrder() {
        assertThat(script.steps()).isNotEmpty().allSatisfy(step -> assertThat(step.at())
                .isBefore(now).isAfter(now.minus(Duration.ofDays(731))));
        assertThat(script.steps()).isSortedAccordingTo(java.util.Comparator.comparing(DemoScript.Step::at));
    }
}
