package org.cooperaflow.app.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.api.validation.MeasureCode;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.projections.funding.FundingDashboard;
import org.cooperaflow.projections.funding.FundingDashboardQuery;
import org.cooperaflow.projections.stages.StageDashboard;
import org.cooperaflow.projections.stages.StageDashboardFilter;
import org.cooperaflow.projections.stages.StageDashboardQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Managers' dashboards: where proposals stand and for how long, and where the fund's money is. */
@Tag(name = "Dashboards and reports")
@RestController
@RequestMapping("/api/dashboard")
public class DashboardController {

    private final StageDashboardQuery stages;
    private final FundingDashboardQuery funding;
    private final StageDeadlines deadlines;

    private final CaseAccess access;

    public DashboardController(StageDashboardQuery stages, FundingDashboardQuery funding, StageDeadlines deadlines,
                               CaseAccess access) {
        this.stages = stages;
        this.access = access;
        this.funding = funding;
        this.deadlines = deadlines;
    }

    /**
     * Counts, stay lengths, overdue and conversions per stage of the submitted proposals the
     * filters select. {@code at}: the moment current stays and deadlines are measured at (now).
     */
    @Operation(summary = "Read the stage dashboard, now or at a past moment")
    @CalledBy(capabilities = Capability.READ_DASHBOARDS)
    @GetMapping("/stages")
    public StageDashboard stages(@RequestParam(required = false) @MemberStateCode String memberState,
                                 @RequestParam(required = false) @MeasureCode String measure,
                                 @RequestParam(required = false) @Min(1) @Max(17) Integer sdg,
                                 @RequestParam(required = false) String account,
                                 @RequestParam(required = false) CidiPriority priority,
                                 @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        access.require(Capability.READ_DASHBOARDS, "read the dashboards");
        StageDashboardFilter filter = new StageDashboardFilter(memberState, measure, sdg, account,
                priority == null ? null : priority.name());
        return stages.compute(filter, at, deadlines.asMap());
    }

    @Operation(summary = "Read the funding dashboard")
    @CalledBy(capabilities = Capability.READ_DASHBOARDS)
    @GetMapping("/funding")
    public FundingDashboard funding() {
        access.require(Capability.READ_DASHBOARDS, "read the dashboards");
        return funding.compute();
    }
}
