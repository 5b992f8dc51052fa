package org.cooperaflow.domain.proposal.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.DacCriterion;

/** Record the final evaluation of a project, a rating 1-6 on each OECD DAC criterion, and close it. */
public record CompleteFinalEvaluationCommand(
        @TargetAggregateIdentifier String proposalId,
        Map<DacCriterion, Integer> ratings) {

    public CompleteFinalEvaluationCommand {
        ratings = ratings == null || ratings.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(ratings));
    }
}
