package org.cooperaflow.projections.stages;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The stage dashboard: where the (filtered) submitted proposals stand, how long they stay in
 * each stage, how many are overdue, and how many move on from one stage to another.
 */
public record StageDashboard(Instant at, long proposals, List<StageFigures> stages, List<Conversion> conversions) {

    /**
     * One stage. {@code current}: the stays going on at {@code at} (days from entry to {@code at});
     * {@code completed}: the stays that ended (days from entry to exit). {@code overdue}: proposals
     * in the stage for longer than its deadline (null deadline: none set).
     */
    public record StageFigures(String stage, long count, Stays current, Stays completed, String deadline,
                               Long overdue) {
    }

    /** Number of stays, and their median and 90th-percentile length in days (3 decimals; null when none). */
    public record Stays(long count, BigDecimal medianDays, BigDecimal p90Days) {
    }

    /** Of the proposals that entered {@code from}, how many later entered {@code to}; share to 4 decimals. */
    public record Conversion(String from, String to, long entered, long converted, BigDecimal share) {
    }
}
