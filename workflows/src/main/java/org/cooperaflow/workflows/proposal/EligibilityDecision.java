package org.cooperaflow.workflows.proposal;

/**
 * The ids of {@code bpmn/fcd-eligibility.dmn}: the Development Cooperation Fund's eligibility rules.
 * Hit policy COLLECT: each failed criterion gives one {@link #REASON}; an eligible proposal gives none.
 * Only findings the eligibility officer may override are here; what no proposal may break (a proposer
 * that takes part in the OAS, the three roles of triangular cooperation) the proposal refuses itself (ADR 0024).
 */
public final class EligibilityDecision {

    public static final String KEY = "FcdEligibility";
    public static final String RESOURCE = "bpmn/fcd-eligibility.dmn";

    private EligibilityDecision() {
    }

    /** Input variable names and their types. */
    public static final class Inputs {
        /** BigDecimal, USD: the requested amount. */
        public static final String REQUESTED_AMOUNT = "requestedAmount";
        /** BigDecimal, USD: the thematic account's per-project ceiling; null when there is no ceiling. */
        public static final String ACCOUNT_CEILING = "accountCeiling";
        /** Integer: how many action-plan measures the proposal serves. */
        public static final String MEASURE_COUNT = "measureCount";
        /** Integer: how many SDGs the proposal names. */
        public static final String SDG_COUNT = "sdgCount";
        /** Integer: planned duration in months. */
        public static final String DURATION_MONTHS = "durationMonths";

        /** Longest project the fund finances. */
        public static final int MAX_DURATION_MONTHS = 48;

        private Inputs() {
        }
    }

    /** The single output column. */
    public static final String REASON = "reason";

    /** The values of {@link #REASON}, one per rule row. */
    public static final class Reasons {
        public static final String ABOVE_ACCOUNT_CEILING = "above-account-ceiling";
        public static final String NO_ACTION_PLAN_MEASURE = "no-action-plan-measure";
        public static final String NO_SDG = "no-sdg";
        public static final String DURATION_ABOVE_48_MONTHS = "duration-above-48-months";

        private Reasons() {
        }
    }
}
