package org.cooperaflow.app.api.offers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.filing.OfferFiling;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.projections.offers.OfferMatchQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cooperation offers: an officer offers what their state (or one of its institutions) can share, submits it for the
 * secretariat's review and may withdraw it; the secretariat records a permanent observer's. A draft exists only for
 * its offerer; a published offer is in the public catalog and is matched with the open needs.
 */
@Tag(name = "Cooperation offers")
@RestController
@RequestMapping("/api/offers")
public class CooperationOfferController {

    private final OfferFiling filing;
    private final OfferMatchQuery matches;

    public CooperationOfferController(OfferFiling filing, OfferMatchQuery matches) {
        this.filing = filing;
        this.matches = matches;
    }

    @Operation(summary = "Draft a cooperation offer")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @CalledBy(roles = {Role.MEMBER_STATE, Role.SECRETARIAT},
            limit = "an officer for their own state or its institutions; the secretariat for a permanent observer")
    @PostMapping
    public ResponseEntity<CooperationOfferResponse> draft(@Valid @RequestBody CooperationOfferBody body) {
        String id = filing.draft(body);
        return ResponseEntity.created(URI.create("/api/offers/" + id)).body(get(id));
    }

    @Operation(summary = "Read a cooperation offer")
    @CalledBy
    @GetMapping("/{id}")
    public CooperationOfferResponse get(@PathVariable String id) {
        return CooperationOfferResponse.of(filing.visible(id));
    }

    @Operation(summary = "Submit a draft offer for the secretariat's review")
    @CalledBy(roles = {Role.MEMBER_STATE, Role.SECRETARIAT},
            limit = "the offerer: an officer of the offering state, the secretariat for a permanent observer")
    @PostMapping("/{id}/submit")
    public CooperationOfferResponse submit(@PathVariable String id) {
        filing.submit(id);
        return get(id);
    }

    @Operation(summary = "Withdraw an offer")
    @CalledBy(roles = {Role.MEMBER_STATE, Role.SECRETARIAT},
            limit = "the offerer: an officer of the offering state, the secretariat for a permanent observer")
    @PostMapping("/{id}/withdraw")
    public CooperationOfferResponse withdraw(@PathVariable String id) {
        filing.withdraw(id);
        return get(id);
    }

    /** The open needs the offer answers best, each with its score and the reasons for it. */
    @Operation(summary = "The open needs an offer answers best, with the reasons of each score")
    @CalledBy
    @GetMapping("/{id}/matches")
    public List<OfferMatchQuery.MatchedNeed> matches(@PathVariable String id,
                                                     @RequestParam(defaultValue = "10") @Min(1) @Max(100) int size) {
        return matches.needsFor(filing.visible(id).details(), size);
    }

    /** Starts a draft proposal from the offer's match with the need: {@code proposalId}, and where to find it. */
    @Operation(summary = "Start a draft proposal from an offer's match with a need")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the offering state or of the need's state")
    @PostMapping("/{id}/matches/{requestId}/proposal")
    public ResponseEntity<Map<String, String>> propose(@PathVariable String id, @PathVariable String requestId) {
        String proposalId = filing.proposeFromMatch(id, requestId);
        return ResponseEntity.created(URI.create("/api/proposals/" + proposalId))
                .body(Map.of("proposalId", proposalId, "offerId", id, "cooperationRequestId", requestId));
    }
}
