package org.cooperaflow.app.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cooperaflow.projections.audit.CaseEvent;
import org.cooperaflow.projections.audit.CaseEventHistory;
import org.cooperaflow.workflows.audit.TaskStep;
import org.cooperaflow.workflows.audit.WorkflowHistory;
import org.springframework.stereotype.Component;

/**
 * A case's decision history as auditors read it, for the API and the pages alike: its domain events (each with its
 * chain hash, checked against the row as stored) merged in time order with the steps of its workflow tasks, and the
 * same as a spreadsheet.
 */
@Component
public class DecisionHistory {

    private static final List<String> CSV_COLUMNS = List.of("source", "sequence", "timestamp", "type", "actor",
            "reason", "taskId", "taskName", "hash", "hashMatches", "payload");

    private final CaseEventHistory events;
    private final WorkflowHistory workflow;
    private final ObjectMapper objectMapper;

    public DecisionHistory(CaseEventHistory events, WorkflowHistory workflow, ObjectMapper objectMapper) {
        this.events = events;
        this.workflow = workflow;
        this.objectMapper = objectMapper;
    }

    /** The case's history, oldest first; empty for a case the store does not know. */
    public List<AuditEntry> of(String caseId) {
        List<AuditEntry> entries = new ArrayList<>();
        for (CaseEvent event : events.events(caseId)) {
            entries.add(new AuditEntry("EVENT", event.sequence(), event.timestamp(), event.type(), event.actor(),
                    event.actorRoles(), event.reason(), json(event.payload()), event.taskId(), null, event.hash(),
                    event.hashMatches()));
        }
        for (TaskStep step : workflow.of(caseId)) {
            entries.add(new AuditEntry("WORKFLOW", null, step.timestamp(), step.type(), step.actor(), null, null,
                    step.detail(), step.taskId(), step.taskName(), null, null));
        }
        // time order; at the same instant events before task steps, and events by their sequence
        entries.sort(Comparator.comparing(AuditEntry::timestamp)
                .thenComparing(AuditEntry::source)
                .thenComparing(e -> Objects.requireNonNullElse(e.sequence(), Long.MAX_VALUE)));
        return entries;
    }

    /** The entries as CSV (RFC 4180, CRLF), a header line first. */
    public String csv(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (AuditEntry e : entries) {
            List<Object> values = List.of(e.source(), str(e.sequence()), str(e.timestamp()), e.type(), str(e.actor()),
                    str(e.reason()), str(e.taskId()), str(e.taskName()), str(e.hash()), str(e.hashMatches()),
                    e.payload() == null ? "" : e.payload().toString());
            csv.append(String.join(",", values.stream().map(v -> CsvCells.cell(String.valueOf(v))).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** The file name of a case's CSV download. */
    public static String csvFileName(String caseId) {
        return "audit-" + caseId.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private JsonNode json(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            return objectMapper.getNodeFactory().textNode(text);
        }
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
