package org.cooperaflow.workflows.proposal;

/**
 * The ids of {@code bpmn/fcd-eligibility.dmn}: the Development Cooperation Fund's eligibility rules.
 * Hit policy COLLECT: each failed criterion gives one {@link #REASON}; an eligible proposal gives none.
 */
public final class EligibilityDecision {

    public static final String KEY = "FcdEligibility";
    public static final String RESOURCE = "bpmn/fcd-eligibility.dmn";

    private EligibilityDecision() {
    }

    /** Input variable names and their types. */
    public static final class Inputs {
        /** Boolean: the proposer's member state currently participates in the OAS. */
        public static final String PROPOSER_PARTICIPATES = "proposerParticipates";
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
        /** String: the {@code Modality} name, e.g. {@link #TRIANGULAR}. */
        public static final String MODALITY = "modality";
        /** Boolean: a partner has the role PROVIDER. */
        public static final String HAS_PROVIDER = "hasProvider";
        /** Boolean: a partner has the role BENEFICIARY. */
        public static final String HAS_BENEFICIARY = "hasBeneficiary";
        /** Boolean: a partner has the role FACILITATOR. */
        public static final String HAS_FACILITATOR = "hasFacilitator";

        /** The modality value whose partners must include all three roles. */
        public static final String TRIANGULAR = "TRIANGULAR";
        /** Longest project the fund finances. */
        public static final int MAX_DURATION_MONTHS = 48;

        private Inputs() {
        }
    }

    /** The single output column. */
    public static final String REASON = "reason";

    /** The values of {@link #REASON}, one per rule row. */
    public static final class Reasons {
        public static final String PROPOSER_NOT_PARTICIPATING = "proposer-not-participating";
        public static final String ABOVE_ACCOUNT_CEILING = "above-account-ceiling";
        public static final String NO_ACTION_PLAN_MEASURE = "no-action-plan-measure";
        public static final String NO_SDG = "no-sdg";
        public static final String DURATION_ABOVE_48_MONTHS = "duration-above-48-months";
        public static final String TRIANGULAR_WITHOUT_PROVIDER = "triangular-without-provider";
        public static final String TRIANGULAR_WITHOUT_BENEFICIARY = "triangular-without-beneficiary";
        public static final String TRIANGULAR_WITHOUT_FACILITATOR = "triangular-without-facilitator";

        private Reasons() {
        }
    }
}
