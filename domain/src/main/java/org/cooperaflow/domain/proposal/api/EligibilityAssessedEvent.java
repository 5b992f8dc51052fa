package org.cooperaflow.domain.proposal.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** The eligibility rules assessed a proposal: decision version, inputs and every failed criterion. */
@Revision("1")
public record EligibilityAssessedEvent(
        String proposalId,
        String decisionKey,
        Integer decisionVersion,
        Map<String, Object> inputs,
        List<String> reasons,
        boolean eligible) implements ProposalEvent {

    public EligibilityAssessedEvent {
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
