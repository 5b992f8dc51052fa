package org.cooperaflow.domain.proposal.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.DacCriterion;

/** A project's final evaluation rated it on each OECD DAC criterion; the proposal is closed. */
@Revision("1")
public record FinalEvaluationCompletedEvent(
        String proposalId,
        Map<DacCriterion, Integer> ratings) implements ProposalEvent {

    public FinalEvaluationCompletedEvent {
        ratings = ratings == null || ratings.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(ratings));
    }
}
