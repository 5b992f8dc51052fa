package org.cooperaflow.domain.fund.api;

import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;

/** Open a thematic account (a window of the fund) for priorities, with a per-project ceiling in USD. */
public record OpenThematicAccountCommand(
        @TargetAggregateIdentifier String accountId,
        String name,
        List<CidiPriority> priorities,
        Money projectCeiling) {

    public OpenThematicAccountCommand {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(projectCeiling, "projectCeiling is required");
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }
}
