package org.cooperaflow.domain.proposal.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rule on a proposal's eligibility; a ruling against the rules' result needs a justification. */
public record ConfirmEligibilityCommand(
        @TargetAggregateIdentifier String proposalId,
        EligibilityOutcome outcome,
        String justification) {

    public ConfirmEligibilityCommand {
        Objects.requireNonNull(outcome, "outcome is required");
    }
}
