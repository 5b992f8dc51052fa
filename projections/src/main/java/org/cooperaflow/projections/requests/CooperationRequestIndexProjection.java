package org.cooperaflow.projections.requests;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the index of all cooperation requests that duplicate detection searches. */
@Component
@ProcessingGroup(CooperationRequestIndexProjection.PROCESSING_GROUP)
public class CooperationRequestIndexProjection {

    public static final String PROCESSING_GROUP = "request-index";

    private final JdbcTemplate jdbc;

    public CooperationRequestIndexProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CooperationRequestEvent event) {
        if (event instanceof CooperationRequestDraftedEvent drafted) {
            CooperationRequestDetails d = drafted.details();
            jdbc.update("""
                    INSERT INTO cooperation_request_index (request_id, member_state, title, priority, sdgs, stage)
                    VALUES (?, ?, ?, ?, ?::integer[], ?)
                    ON CONFLICT (request_id) DO NOTHING""",
                    drafted.requestId(), d.memberState(), d.title(), d.priority() == null ? null : d.priority().name(),
                    sqlArray(d), CooperationRequestCaseReader.stageAfter(event).name());
            return;
        }
        jdbc.update("UPDATE cooperation_request_index SET stage = ? WHERE request_id = ?",
                CooperationRequestCaseReader.stageAfter(event).name(), event.requestId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM cooperation_request_index");
    }

    private static String sqlArray(CooperationRequestDetails details) {
        return "{" + String.join(",", details.sdgs().stream().map(String::valueOf).toList()) + "}";
    }
}
