package org.cooperaflow.domain.proposal.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record what the eligibility rules (a versioned decision table) found: eligible when they give no reason. */
public record RecordEligibilityAssessmentCommand(
        @TargetAggregateIdentifier String proposalId,
        String decisionKey,
        Integer decisionVersion,
        Map<String, Object> inputs,
        List<String> reasons) {

    public RecordEligibilityAssessmentCommand {
        Objects.requireNonNull(decisionKey, "decisionKey is required");
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
