package org.cooperaflow.app.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cooperaflow.domain.shared.ActionPlanMeasures;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.projections.alignment.AlignmentReportQuery;
import org.cooperaflow.projections.stages.StageDashboardFilter;

/**
 * The dashboard page's filters, as its GET form sends them (the API's names: {@code memberState}, {@code measure},
 * {@code sdg}, {@code account}, {@code priority}, {@code at}; and the alignment report's {@code year} and
 * {@code basis}). A value outside its list, or a moment that does not parse, is no filter: the form only offers the
 * listed values, so only a hand-edited address has others.
 */
record DashboardFilters(String memberState, String measure, Integer sdg, String account, String priority,
                        Instant at, int year, AlignmentReportQuery.Basis basis) {

    static DashboardFilters of(Map<String, String> params, ZoneId zone, Instant now) {
        String memberState = blankToNull(params.get("memberState"));
        String measure = blankToNull(params.get("measure"));
        String priority = blankToNull(params.get("priority"));
        int currentYear = now.atZone(zone).getYear();
        Integer year = integer(params.get("year"));
        return new DashboardFilters(
                memberState != null && MemberStates.isMemberState(memberState) ? memberState : null,
                measure != null && ActionPlanMeasures.isMeasure(measure)
                        ? measure : null,
                sdgOf(integer(params.get("sdg"))),
                blankToNull(params.get("account")),
                priority != null && Arrays.stream(CidiPriority.values()).anyMatch(p -> p.name().equals(priority))
                        ? priority : null,
                moment(params.get("at"), zone),
                year != null && year >= 2000 && year <= 2100 ? year : currentYear,
                "APPROVED".equals(params.get("basis")) ? AlignmentReportQuery.Basis.APPROVED
                        : AlignmentReportQuery.Basis.SUBMITTED);
    }

    StageDashboardFilter stageFilter() {
        return new StageDashboardFilter(memberState, measure, sdg, account, priority);
    }

    /** The moment the stage figures are measured at: {@code at}, or now. */
    Instant atOrNow(Instant now) {
        return at == null ? now : at;
    }

    /** The filters as query parameters, for the CSV links (the ones not set are left out). */
    Map<String, Object> asParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        put(parameters, "memberState", memberState);
        put(parameters, "measure", measure);
        put(parameters, "sdg", sdg);
        put(parameters, "account", account);
        put(parameters, "priority", priority);
        put(parameters, "at", at);
        parameters.put("year", year);
        parameters.put("basis", basis.name());
        return parameters;
    }

    private static void put(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static Integer sdgOf(Integer number) {
        return number != null && number >= 1 && number <= 17 ? number : null;
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ISO instant (as the API takes it) or a {@code datetime-local} value in the agency's zone. */
    private static Instant moment(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(value.trim()).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
