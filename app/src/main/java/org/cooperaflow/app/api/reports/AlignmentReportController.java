package org.cooperaflow.app.api.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cooperaflow.app.api.dashboard.Roles;
import org.cooperaflow.app.security.Role;
import org.cooperaflow.projections.alignment.AlignmentReport;
import org.cooperaflow.projections.alignment.AlignmentReportQuery;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual report on the alignment of proposals with the action plan and the ministerial priorities. */
@RestController
@Validated
@RequestMapping("/api/reports")
public class AlignmentReportController {

    private final AlignmentReportQuery report;

    public AlignmentReportController(AlignmentReportQuery report) {
        this.report = report;
    }

    /** {@code basis}: SUBMITTED (first submission in the year, the default) or APPROVED (approval in the year). */
    @GetMapping("/alignment")
    public AlignmentReport alignment(@RequestParam @Min(2000) @Max(2100) int year,
                                     @RequestParam(defaultValue = "SUBMITTED") AlignmentReportQuery.Basis basis) {
        Roles.requireAny("the alignment report", Role.MANAGER, Role.ADMIN);
        return report.compute(year, basis);
    }
}
