package org.cooperaflow.app.api.audit;

import java.util.List;
import java.util.Optional;
import org.cooperaflow.projections.audit.AuditedCase;
import org.cooperaflow.projections.audit.AuditedCaseQuery;
import org.springframework.stereotype.Component;

/**
 * The cases an auditor can open, newest first, a page at a time, straight from the event store. No total is counted:
 * a page only knows whether another follows, by asking for one case more than it shows.
 */
@Component
public class AuditedCases {

    /** One page of cases, and whether a next one exists. */
    public record Page(List<AuditedCase> items, int page, boolean hasNext) {
    }

    /** The kinds of case the store holds, as its aggregate types. */
    public static final List<String> KINDS = List.of("ProjectProposal", "CooperationRequest", "CooperationOffer",
            "FundContribution", "ThematicAccount");

    private final AuditedCaseQuery query;

    public AuditedCases(AuditedCaseQuery query) {
        this.query = query;
    }

    /** The newest cases of the kind (null: every kind), {@code size} a page. */
    public Page recent(String kind, int page, int size) {
        List<AuditedCase> found = query.newest(kind, (long) page * size, size + 1);
        boolean hasNext = found.size() > size;
        return new Page(hasNext ? found.subList(0, size) : found, page, hasNext);
    }

    /** The case with this id, if the store has it. */
    public Optional<AuditedCase> find(String caseId) {
        return query.find(caseId);
    }
}
