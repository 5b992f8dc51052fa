package org.cooperaflow.projections.stages;

/** The dashboards' filters; null means any. */
public record StageDashboardFilter(String memberState, String measure, Integer sdg, String accountId,
                                   String priority) {

    public static StageDashboardFilter none() {
        return new StageDashboardFilter(null, null, null, null, null);
    }
}
