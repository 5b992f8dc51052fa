package org.cooperaflow.projections.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the list of the fund's thematic accounts. */
@Component
@ProcessingGroup(ThematicAccountProjection.PROCESSING_GROUP)
public class ThematicAccountProjection {

    public static final String PROCESSING_GROUP = "accounts";

    private final JdbcTemplate jdbc;

    public ThematicAccountProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ThematicAccountOpenedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO thematic_account (account_id, name, priorities, ceiling_amount, ceiling_currency, opened_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO NOTHING""",
                event.accountId(), event.name(),
                event.priorities().stream().map(Enum::name).collect(Collectors.joining(",")),
                event.projectCeiling().amount(), event.projectCeiling().currency(), Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM thematic_account");
    }
}
