package org.cooperaflow.app.api.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.projections.alignment.AlignmentReport;
import org.cooperaflow.projections.alignment.AlignmentReportQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual report on the alignment of proposals with the action plan and the ministerial priorities. */
@Tag(name = "Dashboards and reports")
@RestController
@RequestMapping("/api/reports")
public class AlignmentReportController {

    private final AlignmentReportQuery report;

    private final CaseAccess access;

    public AlignmentReportController(AlignmentReportQuery report, CaseAccess access) {
        this.report = report;
        this.access = access;
    }

    /** {@code basis}: SUBMITTED (first submission in the year, the default) or APPROVED (approval in the year). */
    @Operation(summary = "Read the year's alignment report with the action plan")
    @CalledBy(capabilities = Capability.READ_DASHBOARDS)
    @GetMapping("/alignment")
    public AlignmentReport alignment(@RequestParam @Min(2000) @Max(2100) int year,
                                     @RequestParam(defaultValue = "SUBMITTED") AlignmentReportQuery.Basis basis) {
        access.require(Capability.READ_DASHBOARDS, "read the alignment report");
        return report.compute(year, basis);
    }
}
