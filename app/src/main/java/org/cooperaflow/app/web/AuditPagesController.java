package org.cooperaflow.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.audit.AuditEntry;
import org.cooperaflow.app.api.audit.AuditedCases;
import org.cooperaflow.app.api.audit.DecisionHistory;
import org.cooperaflow.app.web.support.Htmx;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.projections.audit.AuditChainVerifier;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The auditors' pages: the cases newest first with a search by id, and a case's decision history as a timeline
 * (events and task steps, filtered by actor and type), its CSV, the check of the hash chain over the whole event
 * store (ADR 0008), and a link from each event to the proposal's dossier as it stood then. The same history and
 * check as the API's, asked of the same capability.
 */
@Controller
public class AuditPagesController {

    static final int PAGE_SIZE = 25;

    private final DecisionHistory history;
    private final AuditedCases cases;
    private final AuditChainVerifier verifier;
    private final ProposalCaseReader proposals;
    private final CaseAccess access;

    public AuditPagesController(DecisionHistory history, AuditedCases cases, AuditChainVerifier verifier,
                                ProposalCaseReader proposals, CaseAccess access) {
        this.history = history;
        this.cases = cases;
        this.verifier = verifier;
        this.proposals = proposals;
        this.access = access;
    }

    @GetMapping("/audit")
    public String index(@RequestParam(name = "case", required = false) String caseId,
                        @RequestParam(name = "kind", required = false) String kind,
                        @RequestParam(name = "page", defaultValue = "0") int page,
                        @RequestParam(name = "verify", required = false) String verify,
                        HttpServletRequest request, Model model) {
        requireAuditor();
        if (caseId != null && !caseId.isBlank()) {
            String id = caseId.strip();
            if (cases.find(id).isPresent()) {
                return "redirect:/audit/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
            }
            model.addAttribute("unknownCase", id);
        }
        String filter = kind != null && AuditedCases.KINDS.contains(kind) ? kind : null;
        AuditedCases.Page found = cases.recent(filter, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("cases", found.items());
        model.addAttribute("page", found.page());
        model.addAttribute("hasNext", found.hasNext());
        model.addAttribute("kind", filter);
        model.addAttribute("kinds", AuditedCases.KINDS);
        if (verify != null) {
            model.addAttribute("verification", verifier.verify());
            if (Htmx.isRequest(request)) {
                return "audit/fragments :: verification";
            }
        }
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "audit/index :: results" : "audit/index";
    }

    /** The timeline, filtered to one actor and one type when asked; with the chain's check when asked. */
    @GetMapping("/audit/{caseId}")
    public String timeline(@PathVariable String caseId,
                           @RequestParam(name = "actor", required = false) String actor,
                           @RequestParam(name = "type", required = false) String type,
                           @RequestParam(name = "verify", required = false) String verify,
                           HttpServletRequest request, Model model) {
        requireAuditor();
        List<AuditEntry> all = history.of(caseId);
        if (all.isEmpty()) {
            throw new NotFoundException("no case " + caseId);
        }
        String actorFilter = blankToNull(actor);
        String typeFilter = blankToNull(type);
        Map<String, String> taskNames = new HashMap<>();
        all.stream().filter(e -> e.taskName() != null).forEach(e -> taskNames.put(e.taskId(), e.taskName()));
        model.addAttribute("caseId", caseId);
        model.addAttribute("auditedCase", cases.find(caseId).orElse(null));
        model.addAttribute("entries", all.stream()
                .filter(e -> actorFilter == null || actorFilter.equals(e.actor()))
                .filter(e -> typeFilter == null || typeFilter.equals(e.type())).toList());
        model.addAttribute("total", all.size());
        model.addAttribute("actors", new TreeSet<>(all.stream().map(AuditEntry::actor).filter(Objects::nonNull).toList()));
        model.addAttribute("types", new TreeSet<>(all.stream().map(AuditEntry::type).toList()));
        model.addAttribute("actor", actorFilter);
        model.addAttribute("type", typeFilter);
        model.addAttribute("taskNames", taskNames);
        model.addAttribute("changed", all.stream().filter(e -> Boolean.FALSE.equals(e.hashMatches())).count());
        // the dossier as it stood at an event: for a proposal the auditor may open
        model.addAttribute("asOfDossier", proposals.read(caseId).filter(access::maySee).isPresent());
        if (verify != null) {
            model.addAttribute("verification", verifier.verify());
            if (Htmx.isRequest(request)) {
                return "audit/fragments :: verified";
            }
        }
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "audit/case :: timeline" : "audit/case";
    }

    /** The whole history as the API's CSV, for the signed-in auditor's session. */
    @GetMapping("/audit/{caseId}/history.csv")
    public ResponseEntity<String> csv(@PathVariable String caseId) {
        requireAuditor();
        List<AuditEntry> all = history.of(caseId);
        if (all.isEmpty()) {
            throw new NotFoundException("no case " + caseId);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(DecisionHistory.csvFileName(caseId)).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(history.csv(all));
    }

    private void requireAuditor() {
        access.require(Capability.READ_AUDIT, "read the decision history");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
