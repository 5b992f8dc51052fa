package org.cooperaflow.domain.proposal.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** An eligibility officer found a proposal ineligible, for the rules' reasons or a justification. */
@Revision("1")
public record ProposalFoundIneligibleEvent(
        String proposalId,
        List<String> reasons,
        boolean overridesRules,
        String justification) implements ProposalEvent {

    public ProposalFoundIneligibleEvent {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
