package org.cooperaflow.app.filing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.offers.CooperationOfferBody;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.offer.api.DraftCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.offer.api.SubmitCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.WithdrawCooperationOfferCommand;
import org.cooperaflow.domain.proposal.api.DraftProposalCommand;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalOrigin;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.IllegalTransition;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.projections.offers.CooperationOfferCase;
import org.cooperaflow.projections.offers.CooperationOfferCaseReader;
import org.cooperaflow.projections.offers.OfferMatchQuery;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.cooperaflow.projections.requests.CooperationRequestCase;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The offerer's steps on its cooperation offers, for the API and the pages alike: who may take them (the case-access
 * policy) and the command; and a draft proposal started from the match of an offer with a need.
 */
@Service
public class OfferFiling {

    private final CommandGateway commandGateway;
    private final CooperationOfferCaseReader reader;
    private final NeedFiling needs;
    private final CaseAccess access;
    private final ProposalCaseReader proposals;

    public OfferFiling(CommandGateway commandGateway, CooperationOfferCaseReader reader, NeedFiling needs,
                       CaseAccess access, ProposalCaseReader proposals) {
        this.commandGateway = commandGateway;
        this.reader = reader;
        this.needs = needs;
        this.access = access;
        this.proposals = proposals;
    }

    /** Drafts a new offer; answers its id. */
    public String draft(CooperationOfferBody body) {
        CooperationOfferDetails details = body.toDetails();
        access.requireMayOfferFor(details.offeredBy());
        String id = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new DraftCooperationOfferCommand(id, details));
        return id;
    }

    public void submit(String id) {
        offererStep(id, new SubmitCooperationOfferCommand(id));
    }

    public void withdraw(String id) {
        offererStep(id, new WithdrawCooperationOfferCommand(id));
    }

    /** The offer, if the signed-in user may see it; otherwise it does not exist for them (404). */
    public CooperationOfferCase visible(String id) {
        return access.visible(read(id));
    }

    /** As the pages open an offer: another offerer's draft is forbidden (403), not absent. */
    public CooperationOfferCase openable(String id) {
        return access.openable(read(id));
    }

    /**
     * Drafts a proposal from the match of a published offer with a need in the catalog: the offering state provides,
     * the need's state benefits, and the proposal links the need and records the offer it came from. An officer of
     * either state starts it, for their own state as proposer; answers its id.
     */
    public String proposeFromMatch(String offerId, String requestId) {
        CooperationOfferCase offer = visible(offerId);
        CooperationRequestCase need = needs.visible(requestId);
        if (!access.isOwner(offer) && !access.isOwner(need)) {
            throw new AccessDeniedException("only the offerer or an officer of " + need.details().memberState()
                    + " may start a proposal from this match");
        }
        if (offer.stage() != CooperationOfferStage.PUBLISHED) {
            throw new IllegalTransition("only a published offer starts a proposal; offer " + offerId + " is "
                    + offer.stage());
        }
        if (need.stage() != CooperationRequestStage.PUBLISHED) {
            throw new IllegalTransition("only an open need of the catalog is matched with offers; need " + requestId
                    + " is " + need.stage());
        }
        CooperationOfferDetails o = offer.details();
        CooperationRequestDetails n = need.details();
        if (OfferMatchQuery.match(o, n).isEmpty()) {
            throw new DomainRuleViolation("not-a-match", "offer " + offerId + " and need " + requestId
                    + " are no match: they share neither the CIDI priority nor an SDG, or the offer comes from the"
                    + " need's own state");
        }
        String provider = o.offeredBy().ownerState();
        if (provider == null) {
            throw new DomainRuleViolation("provider-not-member-state",
                    "offer " + offerId + " is a permanent observer's: a proposal's provider is a member state");
        }
        ProposalDetails details = new ProposalDetails(n.title(), o.title() + "\n\n" + o.description(),
                new Proposer(ProposerType.MEMBER_STATE, CurrentUser.get().memberState(), null),
                List.of(new Partner(provider, PartnerRole.PROVIDER), new Partner(n.memberState(), PartnerRole.BENEFICIARY)),
                modalityOf(o.modality()), o.measures(), o.sdgs().stream().filter(n.sdgs()::contains).toList(),
                n.priority(), n.estimatedBudget(), null, null, null, List.of(requestId), List.of());
        // one proposal per match: its id is the match's, so a second start at the same moment is refused by the event
        // store, which keeps one stream per id (409, the case changed meanwhile)
        String id = proposalIdOf(offerId, requestId);
        if (proposals.read(id, null).isPresent()) {
            throw new IllegalTransition("this match has already started proposal " + id);
        }
        commandGateway.sendAndWait(new DraftProposalCommand(id, details, new ProposalOrigin(offerId, requestId)));
        return id;
    }

    /** The id of the proposal a match starts: the same for the same offer and need. */
    static String proposalIdOf(String offerId, String requestId) {
        return UUID.nameUUIDFromBytes(("offer-match:" + offerId + ":" + requestId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A triangular project names its facilitator when the draft is completed: its modality is left to be chosen. */
    private static Modality modalityOf(OfferModality modality) {
        return switch (modality) {
            case SOUTH_SOUTH -> Modality.SOUTH_SOUTH;
            case TECHNICAL_EXCHANGE -> Modality.BILATERAL;
            case TRIANGULAR -> null;
        };
    }

    private CooperationOfferCase read(String id) {
        return reader.read(id).orElseThrow(() -> new NotFoundException("no cooperation offer " + id));
    }

    private void offererStep(String id, Object command) {
        access.requireOwner(visible(id));
        commandGateway.sendAndWait(command);
    }
}
