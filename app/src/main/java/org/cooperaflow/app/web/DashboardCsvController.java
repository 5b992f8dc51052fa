package org.cooperaflow.app.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.audit.CsvCells;
import org.cooperaflow.app.api.dashboard.StageDeadlines;
import org.cooperaflow.app.web.support.Formats;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.projections.alignment.AlignmentReport;
import org.cooperaflow.projections.alignment.AlignmentReportQuery;
import org.cooperaflow.projections.funding.FundingDashboard;
import org.cooperaflow.projections.funding.FundingDashboardQuery;
import org.cooperaflow.projections.stages.OverdueProposal;
import org.cooperaflow.projections.stages.OverdueProposalsQuery;
import org.cooperaflow.projections.stages.StageDashboard;
import org.cooperaflow.projections.stages.StageDashboardQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each table of the dashboard as a spreadsheet ({@code /dashboard/csv/<table>}, with the page's filters), for the
 * tables the API has no CSV for. Cells hold codes, ISO moments and plain decimals, whatever the reader's language, so
 * a spreadsheet reads them as numbers; a cell is escaped as the audit's CSV is ({@link CsvCells}).
 */
@Controller
public class DashboardCsvController {

    private final StageDashboardQuery stages;
    private final OverdueProposalsQuery overdue;
    private final FundingDashboardQuery funding;
    private final AlignmentReportQuery alignment;
    private final StageDeadlines deadlines;
    private final CaseAccess access;
    private final Formats formats;

    public DashboardCsvController(StageDashboardQuery stages, OverdueProposalsQuery overdue,
                                  FundingDashboardQuery funding, AlignmentReportQuery alignment,
                                  StageDeadlines deadlines, CaseAccess access, Formats formats) {
        this.stages = stages;
        this.overdue = overdue;
        this.funding = funding;
        this.alignment = alignment;
        this.deadlines = deadlines;
        this.access = access;
        this.formats = formats;
    }

    @GetMapping("/dashboard/csv/{table}")
    public ResponseEntity<String> table(@PathVariable String table, @RequestParam Map<String, String> params) {
        access.require(Capability.READ_DASHBOARDS, "read the dashboards");
        Instant now = Instant.now();
        DashboardFilters filters = DashboardFilters.of(params, formats.zone(), now);
        Instant at = filters.atOrNow(now);
        List<List<Object>> rows = new ArrayList<>();
        switch (table) {
            case "stages" -> {
                rows.add(List.of("stage", "proposals", "deadline", "overdue", "current_stays", "current_median_days",
                        "current_p90_days", "completed_stays", "completed_median_days", "completed_p90_days"));
                StageDashboard figures = stages.compute(filters.stageFilter(), filters.at(), deadlines.asMap());
                for (StageDashboard.StageFigures s : figures.stages()) {
                    rows.add(row(s.stage(), s.count(), s.deadline(), s.overdue(), s.current().count(),
                            s.current().medianDays(), s.current().p90Days(), s.completed().count(),
                            s.completed().medianDays(), s.completed().p90Days()));
                }
            }
            case "conversions" -> {
                rows.add(List.of("from_stage", "to_stage", "entered", "converted", "share"));
                StageDashboard figures = stages.compute(filters.stageFilter(), filters.at(), deadlines.asMap());
                for (StageDashboard.Conversion c : figures.conversions()) {
                    rows.add(row(c.from(), c.to(), c.entered(), c.converted(), c.share()));
                }
            }
            case "overdue" -> {
                rows.add(List.of("proposal_id", "title", "member_state", "stage", "since", "deadline"));
                for (OverdueProposal p : overdue.find(filters.stageFilter(), at, deadlines.asMap(), -1).items()) {
                    rows.add(row(p.proposalId(), p.title(), p.memberState(), p.stage(), p.since(), p.deadline()));
                }
            }
            case "funding-accounts" -> {
                rows.add(figuresHeader("account_id", "account"));
                for (FundingDashboard.AccountFigures a : funding.compute().accounts()) {
                    rows.add(figures(a.figures(), a.accountId(), a.name()));
                }
            }
            case "funding-contributors" -> {
                rows.add(figuresHeader("contributor_type"));
                for (FundingDashboard.ContributorTypeFigures t : funding.compute().contributorTypes()) {
                    rows.add(figures(t.figures(), t.contributorType()));
                }
            }
            case "alignment" -> {
                rows.add(List.of("year", "basis", "group", "key", "proposals", "requested_usd", "approved_usd"));
                AlignmentReport report = alignment.compute(filters.year(), filters.basis());
                groups(rows, report, "measure", report.byMeasure());
                groups(rows, report, "priority", report.byPriority());
                groups(rows, report, "sdg", report.bySdg());
            }
            default -> throw new NotFoundException("no dashboard table " + table);
        }
        StringBuilder csv = new StringBuilder();
        for (List<Object> row : rows) {
            csv.append(String.join(",", row.stream().map(DashboardCsvController::text)
                    .toList())).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dashboard-" + table + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    private static List<Object> figuresHeader(String... keys) {
        List<Object> header = new ArrayList<>(List.of((Object[]) keys));
        header.addAll(List.of("pledged_usd", "received_usd", "allocated_usd", "available_usd", "gap_usd",
                "contributions", "pledges_without_usd_value", "proposals_awaiting_funds"));
        return header;
    }

    private static List<Object> figures(FundingDashboard.Figures f, Object... keys) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(keys));
        row.addAll(List.of(f.pledged(), f.received(), f.allocated(), f.available(), f.gap(), f.contributions(),
                f.pledgesWithoutUsdValue(), f.proposalsAwaitingFunds()));
        return row;
    }

    private static void groups(List<List<Object>> rows, AlignmentReport report, String group,
                               List<AlignmentReport.Group> groups) {
        for (AlignmentReport.Group g : groups) {
            rows.add(row(report.year(), report.basis(), group, g.key(), g.figures().proposals(),
                    g.figures().requestedUsd(), g.figures().approvedUsd()));
        }
    }

    private static String text(Object value) {
        return CsvCells.cell(value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString()
                : String.valueOf(value));
    }

    /** A row whose cells may be null (an empty cell). */
    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
