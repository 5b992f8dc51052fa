package org.cooperaflow.app.access;

import java.util.stream.Collectors;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.access.CaseAccessPolicy;
import org.cooperaflow.domain.access.CaseScope;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.offer.api.Offerer;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.projections.offers.CooperationOfferCase;
import org.cooperaflow.projections.proposals.ProposalCase;
import org.cooperaflow.projections.requests.CooperationRequestCase;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The case-access policy ({@link CaseAccessPolicy}) applied to the signed-in user of a request, for the API and the
 * pages alike: a case the user may not see is not found (404), a step they may not take is forbidden (403).
 */
@Component
public class CaseAccess {

    /** The signed-in user may use the capability, or the request is forbidden. */
    public void require(Capability capability, String what) {
        if (!CaseAccessPolicy.may(CurrentUser.get().requester(), capability)) {
            throw new AccessDeniedException("only " + capability.holders().stream().map(Role::id)
                    .collect(Collectors.joining(", ")) + " may " + what);
        }
    }

    public boolean may(Capability capability) {
        return CaseAccessPolicy.may(CurrentUser.get().requester(), capability);
    }

    /** The proposal, if the signed-in user may see it; otherwise it does not exist for them. */
    public ProposalCase visible(ProposalCase proposal) {
        if (!CaseAccessPolicy.maySee(CurrentUser.get().requester(), scopeOf(proposal))) {
            throw new NotFoundException("no proposal " + proposal.id());
        }
        return proposal;
    }

    /** Whether the proposal exists for the signed-in user (a list leaves out those that do not). */
    public boolean maySee(ProposalCase proposal) {
        return CaseAccessPolicy.maySee(CurrentUser.get().requester(), scopeOf(proposal));
    }

    /** The need, if the signed-in user may see it; otherwise it does not exist for them. */
    public CooperationRequestCase visible(CooperationRequestCase request) {
        if (!CaseAccessPolicy.maySee(CurrentUser.get().requester(), scopeOf(request))) {
            throw new NotFoundException("no cooperation request " + request.id());
        }
        return request;
    }

    /**
     * For the pages: a proposal that exists but is not the user's to see (another state's draft) is a page their
     * roles do not open, the 403 page; the API answers 404, as if it did not exist.
     */
    public ProposalCase openable(ProposalCase proposal) {
        if (!maySee(proposal)) {
            throw new AccessDeniedException("only an officer of " + scopeOf(proposal).ownerState()
                    + " may open this draft");
        }
        return proposal;
    }

    /** For the pages: another state's draft need is the 403 page, as {@link #openable(ProposalCase)}. */
    public CooperationRequestCase openable(CooperationRequestCase request) {
        if (!CaseAccessPolicy.maySee(CurrentUser.get().requester(), scopeOf(request))) {
            throw new AccessDeniedException("only an officer of " + scopeOf(request).ownerState()
                    + " may open this draft");
        }
        return request;
    }

    /** The offer, if the signed-in user may see it; otherwise it does not exist for them. */
    public CooperationOfferCase visible(CooperationOfferCase offer) {
        if (!CaseAccessPolicy.maySee(CurrentUser.get().requester(), scopeOf(offer))) {
            throw new NotFoundException("no cooperation offer " + offer.id());
        }
        return offer;
    }

    /** For the pages: another state's draft offer is the 403 page, as {@link #openable(ProposalCase)}. */
    public CooperationOfferCase openable(CooperationOfferCase offer) {
        if (!CaseAccessPolicy.maySee(CurrentUser.get().requester(), scopeOf(offer))) {
            throw new AccessDeniedException("only the offerer may open this draft");
        }
        return offer;
    }

    /** Only the offerer acts for the offer: an officer of its state, the secretariat for a permanent observer. */
    public void requireOwner(CooperationOfferCase offer) {
        requireOwner(scopeOf(offer));
    }

    /** Whether the signed-in user acts for the offerer. */
    public boolean isOwner(CooperationOfferCase offer) {
        return CaseAccessPolicy.mayActAsOwner(CurrentUser.get().requester(), scopeOf(offer));
    }

    /** Only an officer of the state offers for it (or its institutions); the secretariat for a permanent observer. */
    public void requireMayOfferFor(Offerer offerer) {
        if (!CaseAccessPolicy.mayOfferFor(CurrentUser.get().requester(), offerer.ownerState())) {
            throw new AccessDeniedException(offerer.ownerState() == null
                    ? "only the secretariat records a permanent observer's offer"
                    : "only an officer of " + offerer.ownerState() + " may offer for it");
        }
    }

    /** Contributions are for those who read the fund's books. */
    public void requireContributionReader() {
        require(Capability.READ_FUNDS, "read contributions");
    }

    /** Only an officer of the proposal's state acts for its proposer. */
    public void requireOwner(ProposalCase proposal) {
        requireOwner(scopeOf(proposal));
    }

    /** Only an officer of the need's state acts for it. */
    public void requireOwner(CooperationRequestCase request) {
        requireOwner(scopeOf(request));
    }

    /** Whether the signed-in user acts for the proposal's proposer (the pages offer the owner's steps to them). */
    public boolean isOwner(ProposalCase proposal) {
        return CaseAccessPolicy.mayActAsOwner(CurrentUser.get().requester(), scopeOf(proposal));
    }

    /** Whether the signed-in user acts for the need's state. */
    public boolean isOwner(CooperationRequestCase request) {
        return CaseAccessPolicy.mayActAsOwner(CurrentUser.get().requester(), scopeOf(request));
    }

    /** Only an officer of the state files for it. */
    public void requireMayFileFor(String memberState) {
        if (!CaseAccessPolicy.mayFileFor(CurrentUser.get().requester(), memberState)) {
            throw new AccessDeniedException("only an officer of " + memberState + " may do this");
        }
    }

    /** The state a list is limited to for the signed-in user, or null for all. */
    public String listScope() {
        return CaseAccessPolicy.listScope(CurrentUser.get().requester());
    }

    /** The state whose drafts a list shows the signed-in user, or null for none. */
    public String draftsVisibleOf() {
        return CaseAccessPolicy.draftsVisibleOf(CurrentUser.get().requester());
    }

    private static void requireOwner(CaseScope scope) {
        if (!CaseAccessPolicy.mayActAsOwner(CurrentUser.get().requester(), scope)) {
            throw new AccessDeniedException(scope.ownerState() == null ? "only the secretariat may do this"
                    : "only an officer of " + scope.ownerState() + " may do this");
        }
    }

    public static CaseScope scopeOf(ProposalCase proposal) {
        return CaseScope.proposal(proposal.stage() == ProposalStage.DRAFT, proposal.details().proposer().memberState(),
                proposal.details().partners().stream().map(Partner::memberState).collect(Collectors.toSet()));
    }

    public static CaseScope scopeOf(CooperationOfferCase offer) {
        return CaseScope.offer(offer.stage() == CooperationOfferStage.DRAFT,
                offer.stage() == CooperationOfferStage.PUBLISHED, offer.details().offeredBy().ownerState());
    }

    public static CaseScope scopeOf(CooperationRequestCase request) {
        CooperationRequestStage stage = request.stage();
        return CaseScope.cooperationRequest(stage == CooperationRequestStage.DRAFT, stage.inCatalog(),
                request.details().memberState());
    }
}
