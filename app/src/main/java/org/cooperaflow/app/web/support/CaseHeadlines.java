package org.cooperaflow.app.web.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.cooperaflow.projections.cases.CaseHeadline;
import org.cooperaflow.projections.cases.CaseHeadlineQuery;
import org.cooperaflow.projections.offers.CooperationOfferCaseReader;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.cooperaflow.projections.requests.CooperationRequestCaseReader;
import org.springframework.stereotype.Component;

/**
 * The headlines of the cases a page lists: from the read models, and for a case they have not caught up with yet (a
 * proposal submitted a moment ago) from its events, so a task never shows without its case's title.
 */
@Component
public class CaseHeadlines {

    private final CaseHeadlineQuery query;
    private final ProposalCaseReader proposals;
    private final CooperationRequestCaseReader needs;
    private final CooperationOfferCaseReader offers;

    public CaseHeadlines(CaseHeadlineQuery query, ProposalCaseReader proposals, CooperationRequestCaseReader needs,
                         CooperationOfferCaseReader offers) {
        this.query = query;
        this.offers = offers;
        this.proposals = proposals;
        this.needs = needs;
    }

    public Map<String, CaseHeadline> of(Collection<String> caseIds) {
        Map<String, CaseHeadline> found = new HashMap<>(query.of(caseIds));
        for (String id : caseIds) {
            if (id == null || found.containsKey(id)) {
                continue;
            }
            proposals.read(id).ifPresentOrElse(
                    p -> found.put(id, new CaseHeadline(id, CaseHeadline.Kind.PROPOSAL, p.details().title(),
                            p.stage() == null ? null : p.stage().name(), p.details().proposer().memberState())),
                    () -> needs.read(id).ifPresentOrElse(n -> found.put(id, new CaseHeadline(id,
                            CaseHeadline.Kind.COOPERATION_REQUEST, n.details().title(),
                            n.stage() == null ? null : n.stage().name(), n.details().memberState())),
                            () -> offers.read(id).ifPresent(o -> found.put(id, new CaseHeadline(id,
                                    CaseHeadline.Kind.OFFER, o.details().title(), o.stage().name(),
                                    o.details().offeredBy().countryCode())))));
        }
        return found;
    }
}
