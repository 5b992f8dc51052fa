package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cooperaflow.projections.alignment.AlignmentReportQuery;
import org.cooperaflow.projections.stages.StageDashboard;
import org.cooperaflow.projections.stages.StageDashboardFilter;
import org.junit.jupiter.api.Test;

/** The dashboard page's filters as its form sends them, their CSV links, and the funnel it draws. */
class DashboardFiltersTest {

    private static final ZoneId JAMAICA = ZoneId.of("America/Jamaica");
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void theFormsValuesBecomeTheApisFilters() {
        DashboardFilters filters = DashboardFilters.of(Map.of("memberState", "JM", "measure", "2.4", "sdg", "4",
                "account", "acc-1", "priority", "EDUCATION", "at", "2026-03-01T09:30", "year", "2025",
                "basis", "APPROVED"), JAMAICA, NOW);
        assertThat(filters.stageFilter()).isEqualTo(new StageDashboardFilter("JM", "2.4", 4, "acc-1", "EDUCATION"));
        assertThat(filters.at()).as("a datetime-local value is in the agency's zone")
                .isEqualTo(Instant.parse("2026-03-01T14:30:00Z"));
        assertThat(filters.year()).isEqualTo(2025);
        assertThat(filters.basis()).isEqualTo(AlignmentReportQuery.Basis.APPROVED);
        assertThat(DashboardFilters.of(Map.of("at", "2026-03-01T09:30:00Z"), JAMAICA, NOW).at())
                .as("an ISO instant, as the API takes it").isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
    }

    @Test
    void emptyOrUnknownValuesAreNoFilterAndTheReportIsThisYearsBySubmission() {
        DashboardFilters filters = DashboardFilters.of(Map.of("memberState", "XX", "measure", "9.9", "sdg", "18",
                "account", " ", "priority", "FISHING", "at", "yesterday", "year", "nineteen", "basis", "DROP"),
                JAMAICA, NOW);
        assertThat(filters.stageFilter()).isEqualTo(StageDashboardFilter.none());
        assertThat(filters.at()).isNull();
        assertThat(filters.atOrNow(NOW)).isEqualTo(NOW);
        assertThat(filters.year()).isEqualTo(2026);
        assertThat(filters.basis()).isEqualTo(AlignmentReportQuery.Basis.SUBMITTED);
    }

    @Test
    void theCsvLinksCarryTheFiltersThatAreSet() {
        DashboardFilters filters = DashboardFilters.of(Map.of("memberState", "JM", "sdg", "4",
                "at", "2026-03-01T09:30:00Z"), JAMAICA, NOW);
        assertThat(DashboardPagesController.csvQuery(filters))
                .isEqualTo("?memberState=JM&sdg=4&at=2026-03-01T09:30:00Z&year=2026&basis=SUBMITTED");
    }

    @Test
    void theFunnelCountsFromTheSubmittedWhoLaterReachedEachStageOfTheMainPath() {
        StageDashboard dashboard = new StageDashboard(NOW, 7, List.of(), List.of(
                conversion("SUBMITTED", "SCREENING", 10, 9),
                conversion("SUBMITTED", "ELIGIBILITY", 10, 6),
                conversion("SUBMITTED", "REJECTED", 10, 2),
                conversion("SCREENING", "ELIGIBILITY", 9, 6)));
        List<DashboardPagesController.FunnelStep> funnel = DashboardPagesController.funnel(dashboard);
        assertThat(funnel).extracting(DashboardPagesController.FunnelStep::stage).containsExactly("SUBMITTED",
                "SCREENING", "ELIGIBILITY", "BOARD_REVIEW", "APPROVED", "FUNDED", "IN_EXECUTION", "FINAL_EVALUATION",
                "CLOSED");
        assertThat(funnel).extracting(DashboardPagesController.FunnelStep::reached)
                .containsExactly(10L, 9L, 6L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(funnel.get(2).share()).isEqualByComparingTo(new BigDecimal("0.6"));
    }

    @Test
    void theFunnelsShareIsRoundedOnceWhereThePageShowsIt() {
        List<DashboardPagesController.FunnelStep> funnel = DashboardPagesController.funnel(new StageDashboard(NOW,
                38, List.of(), List.of(conversion("SUBMITTED", "SCREENING", 38, 27))));
        // 27 of 38 is 71.05263...%: 71.1% with one decimal, not 71.0% from a share first rounded to 0.7105
        assertThat(funnel.get(1).share().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("71.1");
    }

    @Test
    void withoutAnyConversionTheFunnelStartsFromTheProposalsCounted() {
        List<DashboardPagesController.FunnelStep> funnel = DashboardPagesController.funnel(
                new StageDashboard(NOW, 3, List.of(), List.of()));
        assertThat(funnel.get(0).reached()).isEqualTo(3);
        assertThat(funnel.get(1).reached()).isZero();
    }

    private static StageDashboard.Conversion conversion(String from, String to, long entered, long converted) {
        return new StageDashboard.Conversion(from, to, entered, converted, null);
    }
}
