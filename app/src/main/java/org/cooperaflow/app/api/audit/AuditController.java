package org.cooperaflow.app.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.projections.audit.AuditChainVerifier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' view: a case's full decision history (its domain events merged in time order with
 * its workflow tasks), as JSON or CSV, and the integrity check of the whole event store.
 */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private final DecisionHistory history;
    private final AuditChainVerifier verifier;
    private final CaseAccess access;

    public AuditController(DecisionHistory history, AuditChainVerifier verifier, CaseAccess access) {
        this.history = history;
        this.verifier = verifier;
        this.access = access;
    }

    /** Recomputes the hash chain from the event store and compares it with the recorded one (ADR 0008). */
    @Operation(summary = "Verify the event store's hash chain")
    @CalledBy(capabilities = Capability.READ_AUDIT)
    @GetMapping("/verify")
    public AuditChainVerifier.Verification verify() {
        access.require(Capability.READ_AUDIT, "run the integrity check");
        return verifier.verify();
    }

    /**
     * A page of the case's history, oldest first ({@code items}, {@code page}, {@code size}, {@code total}, like the
     * other lists); the CSV download has all of it.
     */
    @Operation(summary = "Read a case's decision history (JSON or CSV)")
    @CalledBy(capabilities = Capability.READ_AUDIT)
    @GetMapping(value = "/{caseId}", produces = {"application/json", "application/problem+json"})
    public AuditEntryPage history(@PathVariable String caseId,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return AuditEntryPage.of(all(caseId), page, size);
    }

    /** One page of a case's history. */
    public record AuditEntryPage(List<AuditEntry> items, int page, int size, long total) {

        static AuditEntryPage of(List<AuditEntry> all, int page, int size) {
            long from = Math.min((long) page * size, all.size());
            int to = (int) Math.min(from + size, all.size());
            return new AuditEntryPage(all.subList((int) from, to), page, size, all.size());
        }
    }

    private List<AuditEntry> all(String caseId) {
        access.require(Capability.READ_AUDIT, "read the decision history");
        List<AuditEntry> entries = history.of(caseId);
        if (entries.isEmpty()) {
            throw new NotFoundException("no case " + caseId);
        }
        return entries;
    }

    /** The same history as a spreadsheet, downloaded as {@code audit-<caseId>.csv}. */
    @Operation(summary = "Read a case's decision history (JSON or CSV)")
    @CalledBy(capabilities = Capability.READ_AUDIT)
    @GetMapping(value = "/{caseId}", produces = "text/csv")
    public ResponseEntity<String> historyCsv(@PathVariable String caseId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(DecisionHistory.csvFileName(caseId)).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(history.csv(all(caseId)));
    }
}
