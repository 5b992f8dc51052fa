package org.cooperaflow.app.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.dashboard.Roles;
import org.cooperaflow.app.security.Role;
import org.cooperaflow.projections.audit.AuditChainVerifier;
import org.cooperaflow.projections.audit.CaseEvent;
import org.cooperaflow.projections.audit.CaseEventHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' view: a case's full decision history (its domain events merged in time order with
 * its workflow tasks), as JSON or CSV, and the integrity check of the whole event store.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private static final List<String> CSV_COLUMNS = List.of("source", "sequence", "timestamp", "type", "actor",
            "reason", "taskId", "taskName", "hash", "payload");

    private final CaseEventHistory events;
    private final WorkflowHistory workflow;
    private final AuditChainVerifier verifier;
    private final ObjectMapper objectMapper;

    public AuditController(CaseEventHistory events, WorkflowHistory workflow, AuditChainVerifier verifier,
                           ObjectMapper objectMapper) {
        this.events = events;
        this.workflow = workflow;
        this.verifier = verifier;
        this.objectMapper = objectMapper;
    }

    /** Recomputes the hash chain from the event store and compares it with the recorded one (ADR 0008). */
    @GetMapping("/verify")
    public AuditChainVerifier.Verification verify() {
        Roles.requireAny("the integrity check", Role.AUDITOR, Role.ADMIN);
        return verifier.verify();
    }

    @GetMapping(value = "/{caseId}", produces = {"application/json", "application/problem+json"})
    public List<AuditEntry> history(@PathVariable String caseId) {
        Roles.requireAny("the decision history", Role.AUDITOR, Role.ADMIN);
        List<AuditEntry> entries = new ArrayList<>();
        for (CaseEvent event : events.events(caseId)) {
            entries.add(new AuditEntry("EVENT", event.sequence(), event.timestamp(), event.type(), event.actor(),
                    event.reason(), json(event.payload()), event.taskId(), null, event.hash()));
        }
        entries.addAll(workflow.of(caseId));
        if (entries.isEmpty()) {
            throw new NotFoundException("no case " + caseId);
        }
        // time order; at the same instant events before task steps, and events by their sequence
        entries.sort(Comparator.comparing(AuditEntry::timestamp)
                .thenComparing(AuditEntry::source)
                .thenComparing(e -> Objects.requireNonNullElse(e.sequence(), Long.MAX_VALUE)));
        return entries;
    }

    @GetMapping(value = "/{caseId}", produces = "text/csv")
    public String historyCsv(@PathVariable String caseId) {
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (AuditEntry e : history(caseId)) {
            List<Object> values = List.of(e.source(), str(e.sequence()), str(e.timestamp()), e.type(), str(e.actor()),
                    str(e.reason()), str(e.taskId()), str(e.taskName()), str(e.hash()),
                    e.payload() == null ? "" : e.payload().toString());
            csv.append(String.join(",", values.stream().map(v -> cell(String.valueOf(v))).toList())).append("\r\n");
        }
        return csv.toString();
    }

    private JsonNode json(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (Exception e) {
            return objectMapper.getNodeFactory().textNode(text);
        }
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    /** RFC 4180: quote a cell that holds a comma, quote or line break; double its quotes. */
    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
