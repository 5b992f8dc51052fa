package org.cooperaflow.app.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.projections.audit.AuditChainVerifier;
import org.cooperaflow.projections.audit.CaseEvent;
import org.cooperaflow.projections.audit.CaseEventHistory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
            "reason", "taskId", "taskName", "hash", "hashMatches", "payload");

    private final CaseEventHistory events;
    private final WorkflowHistory workflow;
    private final AuditChainVerifier verifier;
    private final ObjectMapper objectMapper;

    private final CaseAccess access;

    public AuditController(CaseEventHistory events, WorkflowHistory workflow, AuditChainVerifier verifier,
                           ObjectMapper objectMapper, CaseAccess access) {
        this.events = events;
        this.access = access;
        this.workflow = workflow;
        this.verifier = verifier;
        this.objectMapper = objectMapper;
    }

    /** Recomputes the hash chain from the event store and compares it with the recorded one (ADR 0008). */
    @GetMapping("/verify")
    public AuditChainVerifier.Verification verify() {
        access.require(Capability.READ_AUDIT, "run the integrity check");
        return verifier.verify();
    }

    @GetMapping(value = "/{caseId}", produces = {"application/json", "application/problem+json"})
    public List<AuditEntry> history(@PathVariable String caseId) {
        access.require(Capability.READ_AUDIT, "read the decision history");
        List<AuditEntry> entries = new ArrayList<>();
        for (CaseEvent event : events.events(caseId)) {
            entries.add(new AuditEntry("EVENT", event.sequence(), event.timestamp(), event.type(), event.actor(),
                    event.reason(), json(event.payload()), event.taskId(), null, event.hash(), event.hashMatches()));
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

    /** The same history as a spreadsheet, downloaded as {@code audit-<caseId>.csv}. */
    @GetMapping(value = "/{caseId}", produces = "text/csv")
    public ResponseEntity<String> historyCsv(@PathVariable String caseId) {
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (AuditEntry e : history(caseId)) {
            List<Object> values = List.of(e.source(), str(e.sequence()), str(e.timestamp()), e.type(), str(e.actor()),
                    str(e.reason()), str(e.taskId()), str(e.taskName()), str(e.hash()), str(e.hashMatches()),
                    e.payload() == null ? "" : e.payload().toString());
            csv.append(String.join(",", values.stream().map(v -> CsvCells.cell(String.valueOf(v))).toList()))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-" + caseId.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
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
}
