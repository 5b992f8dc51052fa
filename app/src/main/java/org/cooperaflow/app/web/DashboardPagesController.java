package org.cooperaflow.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.dashboard.StageDeadlines;
import org.cooperaflow.app.web.support.Formats;
import org.cooperaflow.app.web.support.Htmx;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.projections.accounts.ThematicAccountQuery;
import org.cooperaflow.projections.alignment.AlignmentReport;
import org.cooperaflow.projections.alignment.AlignmentReportQuery;
import org.cooperaflow.projections.funding.FundingDashboard;
import org.cooperaflow.projections.funding.FundingDashboardQuery;
import org.cooperaflow.projections.stages.OverdueProposalsQuery;
import org.cooperaflow.projections.stages.StageDashboard;
import org.cooperaflow.projections.stages.StageDashboardQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The managers' dashboard: the stage pipeline and its funnel, time in stage, the overdue proposals, the fund's money by
 * account and by type of contributor, and the alignment report of a year, each as a chart and as a table of the same
 * figures. It reads the same queries as the API's dashboard and report controllers, with the same access rule; the
 * filter form re-renders the body through htmx and still works as a plain GET form.
 */
@Controller
public class DashboardPagesController {

    static final int OVERDUE_SHOWN = 25;

    /** The stages a proposal passes on its way from submission to closure, the funnel's steps. */
    static final List<ProposalStage> MAIN_PATH = List.of(ProposalStage.SUBMITTED, ProposalStage.SCREENING,
            ProposalStage.ELIGIBILITY, ProposalStage.BOARD_REVIEW, ProposalStage.APPROVED, ProposalStage.FUNDED,
            ProposalStage.IN_EXECUTION, ProposalStage.FINAL_EVALUATION, ProposalStage.CLOSED);

    /** A step of the funnel: how many of the submitted proposals reached the stage, and their share. */
    public record FunnelStep(String stage, long reached, BigDecimal share) {
    }

    /** A table of the alignment report: by priority, SDG or measure; its chart's name; its rows. */
    public record AlignmentGroup(String name, String chart, List<AlignmentReport.Group> rows) {
    }

    private final StageDashboardQuery stages;
    private final OverdueProposalsQuery overdue;
    private final FundingDashboardQuery funding;
    private final AlignmentReportQuery alignment;
    private final ThematicAccountQuery accounts;
    private final StageDeadlines deadlines;
    private final CaseAccess access;
    private final Formats formats;
    private final MessageSource messages;
    private final ObjectMapper json;

    public DashboardPagesController(StageDashboardQuery stages, OverdueProposalsQuery overdue,
                                    FundingDashboardQuery funding, AlignmentReportQuery alignment,
                                    ThematicAccountQuery accounts, StageDeadlines deadlines, CaseAccess access,
                                    Formats formats, MessageSource messages, ObjectMapper json) {
        this.stages = stages;
        this.overdue = overdue;
        this.funding = funding;
        this.alignment = alignment;
        this.accounts = accounts;
        this.deadlines = deadlines;
        this.access = access;
        this.formats = formats;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/dashboard")
    public String dashboard(@RequestParam Map<String, String> params, HttpServletRequest request, Locale locale,
                            Model model) {
        access.require(Capability.READ_DASHBOARDS, "read the dashboards");
        Instant now = Instant.now();
        DashboardFilters filters = DashboardFilters.of(params, formats.zone(), now);
        Instant at = filters.atOrNow(now);
        StageDashboard stageFigures = stages.compute(filters.stageFilter(), filters.at(), deadlines.asMap());
        List<StageDashboard.StageFigures> shownStages = stageFigures.stages();
        List<FunnelStep> funnel = funnel(stageFigures);
        OverdueProposalsQuery.Page late = overdue.find(filters.stageFilter(), at, deadlines.asMap(), OVERDUE_SHOWN);
        FundingDashboard money = funding.compute();
        AlignmentReport report = alignment.compute(filters.year(), filters.basis());

        model.addAttribute("filters", filters);
        model.addAttribute("at", at);
        model.addAttribute("csvQuery", csvQuery(filters));
        model.addAttribute("bases", AlignmentReportQuery.Basis.values());
        Map<String, Long> deadlineDays = new LinkedHashMap<>();
        deadlines.asMap().forEach((stage, length) -> deadlineDays.put(stage.name(), length.toDays()));
        model.addAttribute("deadlineDays", deadlineDays);
        model.addAttribute("alignmentGroups", List.of(
                new AlignmentGroup("priority", "alignmentPriority", report.byPriority()),
                new AlignmentGroup("sdg", "alignmentSdg", report.bySdg()),
                new AlignmentGroup("measure", "alignmentMeasure", report.byMeasure())));
        model.addAttribute("accounts", accounts.page(0, 100).items());
        model.addAttribute("priorities", CidiPriority.values());
        int thisYear = now.atZone(formats.zone()).getYear();
        model.addAttribute("years", IntStream.iterate(thisYear, y -> y >= thisYear - 4, y -> y - 1).boxed().toList());
        model.addAttribute("stages", stageFigures);
        model.addAttribute("funnel", funnel);
        model.addAttribute("overdue", late);
        model.addAttribute("funding", money);
        model.addAttribute("alignment", report);

        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("pipeline", chart("bar", shownStages.stream().map(s -> stageName(s.stage(), locale)).toList(),
                dataset(msg("dashboard.pipeline.count", locale), shownStages.stream()
                        .map(s -> (Object) s.count()).toList())));
        charts.put("funnel", chart("funnel", funnel.stream().map(s -> stageName(s.stage(), locale)).toList(),
                dataset(msg("dashboard.funnel.reached", locale), funnel.stream()
                        .map(s -> (Object) s.reached()).toList())));
        List<StageDashboard.StageFigures> stayed = shownStages.stream().filter(s -> s.completed().count() > 0).toList();
        charts.put("timeInStage", chart("bar", stayed.stream().map(s -> stageName(s.stage(), locale)).toList(),
                dataset(msg("dashboard.time.median", locale), stayed.stream()
                        .map(s -> number(s.completed().medianDays())).toList()),
                dataset(msg("dashboard.time.p90", locale), stayed.stream()
                        .map(s -> number(s.completed().p90Days())).toList())));
        List<FundingDashboard.AccountFigures> byAccount = money.accounts();
        charts.put("fundingAccounts", chart("bar", byAccount.stream().map(a -> accountName(a, locale)).toList(),
                dataset(msg("dashboard.funding.received", locale), amounts(byAccount, a -> a.figures().received())),
                dataset(msg("dashboard.funding.allocated", locale), amounts(byAccount, a -> a.figures().allocated())),
                dataset(msg("dashboard.funding.available", locale), amounts(byAccount, a -> a.figures().available()))));
        List<FundingDashboard.ContributorTypeFigures> byType = money.contributorTypes();
        charts.put("fundingContributors", chart("bar", byType.stream()
                        .map(t -> msg("ref.contributorType." + t.contributorType(), locale)).toList(),
                dataset(msg("dashboard.funding.pledged", locale), amounts(byType, t -> t.figures().pledged())),
                dataset(msg("dashboard.funding.received", locale), amounts(byType, t -> t.figures().received()))));
        charts.put("alignmentPriority", chart("bar", report.byPriority().stream()
                        .map(g -> "NONE".equals(g.key()) ? msg("dashboard.alignment.noPriority", locale)
                                : msg("ref.priority." + g.key(), locale)).toList(),
                dataset(msg("dashboard.alignment.proposals", locale), counts(report.byPriority()))));
        charts.put("alignmentSdg", chart("bar", report.bySdg().stream()
                        .map(g -> msg("dashboard.alignment.sdg", locale) + " " + g.key()).toList(),
                dataset(msg("dashboard.alignment.proposals", locale), counts(report.bySdg()))));
        charts.put("alignmentMeasure", chart("bar", report.byMeasure().stream().map(AlignmentReport.Group::key).toList(),
                dataset(msg("dashboard.alignment.proposals", locale), counts(report.byMeasure()))));
        model.addAttribute("charts", charts);
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "dashboard/index :: figures" : "dashboard/index";
    }

    /**
     * The funnel: of the proposals submitted by {@code at}, how many later reached each stage of the main path (the
     * dashboard's conversions from SUBMITTED; every proposal past its draft entered SUBMITTED first).
     */
    static List<FunnelStep> funnel(StageDashboard dashboard) {
        String first = MAIN_PATH.get(0).name();
        long submitted = dashboard.conversions().stream().filter(c -> c.from().equals(first))
                .mapToLong(StageDashboard.Conversion::entered).findFirst().orElse(dashboard.proposals());
        List<FunnelStep> steps = new ArrayList<>();
        steps.add(new FunnelStep(first, submitted, funnelShare(submitted, submitted)));
        for (ProposalStage stage : MAIN_PATH.subList(1, MAIN_PATH.size())) {
            long reached = dashboard.conversions().stream()
                    .filter(c -> c.from().equals(first) && c.to().equals(stage.name()))
                    .mapToLong(StageDashboard.Conversion::converted).findFirst().orElse(0);
            steps.add(new FunnelStep(stage.name(), reached, funnelShare(reached, submitted)));
        }
        return steps;
    }

    /**
     * The share the funnel shows as a percentage with one decimal: exact to more places than it shows, so it is
     * rounded once (27 of 38 is 71.1%, where the API's four places, 0.7105, would round again to 71.0%).
     */
    private static BigDecimal funnelShare(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 8, RoundingMode.HALF_EVEN);
    }

    /** The filters as the query string of the CSV links ({@code ?memberState=JM&year=2026...}). */
    static String csvQuery(DashboardFilters filters) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        filters.asParameters().forEach((name, value) -> query.queryParam(name, String.valueOf(value)));
        return query.encode().build().toUriString();
    }

    private String accountName(FundingDashboard.AccountFigures account, Locale locale) {
        return account.accountId() == null ? msg("dashboard.funding.unearmarked", locale)
                : account.name() == null ? account.accountId() : account.name();
    }

    private static <T> List<Object> amounts(List<T> rows, Function<T, String> amount) {
        return rows.stream().map(r -> number(new BigDecimal(amount.apply(r)))).toList();
    }

    /** A chart's figure as a JSON number (the shared mapper writes decimals as strings); the table keeps the digits. */
    private static Object number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static List<Object> counts(List<AlignmentReport.Group> groups) {
        return groups.stream().map(g -> (Object) g.figures().proposals()).toList();
    }

    private static Map<String, Object> dataset(String label, List<Object> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        return dataset;
    }

    /** A chart's figures as the page's script reads them: kind, labels, datasets; safe inside a script element. */
    @SafeVarargs
    private String chart(String kind, List<String> labels, Map<String, Object>... datasets) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", kind);
        chart.put("labels", labels);
        chart.put("datasets", List.of(datasets));
        try {
            return json.writeValueAsString(chart).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String stageName(String stage, Locale locale) {
        return msg("stage." + stage, locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
