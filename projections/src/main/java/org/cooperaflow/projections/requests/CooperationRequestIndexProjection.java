package org.cooperaflow.projections.requests;

import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.request.CooperationRequestStageTransitions;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.cooperaflow.projections.batch.KeyedRows;
import org.cooperaflow.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the index of all cooperation requests that duplicate detection and the needs list search, a batch of
 * events at a time ({@link ProjectionBatch}).
 */
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
        Batch batch = ProjectionBatch.current(this, events -> new Batch(jdbc, events.aggregateIds()));
        KeyedRows.Row row = batch.requests.get(event.requestId());
        if (event instanceof CooperationRequestDraftedEvent drafted) {
            if (row != null) {
                return;
            }
            CooperationRequestDetails d = drafted.details();
            row = batch.requests.insert(drafted.requestId()).set("member_state", d.memberState())
                    .set("title", d.title()).set("priority", d.priority() == null ? null : d.priority().name())
                    .set("sdgs", d.sdgs().toArray(Integer[]::new));
        } else if (row == null) {
            return;
        }
        KeyedRows.Row request = row;
        CooperationRequestStageTransitions.stageAfter(event).ifPresent(stage -> request.set("stage", stage.name()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM cooperation_request_index");
    }

    private static final class Batch implements ProjectionBatch.Writes {

        final KeyedRows requests;

        Batch(JdbcTemplate jdbc, Set<String> requestIds) {
            requests = new KeyedRows(jdbc, "cooperation_request_index", "request_id",
                    List.of("member_state", "title", "priority", "sdgs", "stage"), requestIds);
        }

        @Override
        public void flush() {
            requests.flush();
        }
    }
}
