package org.cooperaflow.domain.fund.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;

/** A thematic account of the fund was opened. */
@Revision("1")
public record ThematicAccountOpenedEvent(
        String accountId,
        String name,
        List<CidiPriority> priorities,
        Money projectCeiling) implements ThematicAccountEvent {

    public ThematicAccountOpenedEvent {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }
}
