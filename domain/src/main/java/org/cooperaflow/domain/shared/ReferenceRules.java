package org.cooperaflow.domain.shared;

import java.util.Collection;

/** The checks that a case names only codes of the reference lists, each refusal naming the field and the code. */
public final class ReferenceRules {

    private ReferenceRules() {
    }

    /** Every goal is one of the 17 SDGs. */
    public static void requireSdgs(Collection<Integer> sdgs) {
        for (Integer sdg : sdgs) {
            if (!Sdgs.isSdg(sdg)) {
                throw new DomainRuleViolation("unknown-sdg", "sdgs: no such Sustainable Development Goal: " + sdg);
            }
        }
    }

    /** Every measure is one of the action plan's. */
    public static void requireMeasures(Collection<String> measures) {
        for (String measure : measures) {
            if (!ActionPlanMeasures.isMeasure(measure)) {
                throw new DomainRuleViolation("unknown-measure", "measures: no such action-plan measure: " + measure);
            }
        }
    }
}
