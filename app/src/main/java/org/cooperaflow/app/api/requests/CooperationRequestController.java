package org.cooperaflow.app.api.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.filing.NeedFiling;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.projections.offers.OfferMatchQuery;
import org.cooperaflow.projections.requests.CooperationRequestCase;
import org.cooperaflow.projections.requests.CooperationRequestCaseReader;
import org.cooperaflow.projections.requests.PossibleDuplicatesQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Member states' cooperation needs: an officer files, submits and withdraws their own state's
 * requests. A draft exists only for the officers of its state (for anyone else: 404); once
 * submitted, every signed-in user who is not only another state's officer may read it.
 */
@Tag(name = "Cooperation requests")
@RestController
@RequestMapping("/api/cooperation-requests")
public class CooperationRequestController {

    private final NeedFiling filing;
    private final CooperationRequestCaseReader reader;
    private final PossibleDuplicatesQuery duplicates;
    private final CaseAccess access;
    private final OfferMatchQuery matches;

    public CooperationRequestController(NeedFiling filing, CooperationRequestCaseReader reader,
                                        PossibleDuplicatesQuery duplicates, CaseAccess access, OfferMatchQuery matches) {
        this.matches = matches;
        this.filing = filing;
        this.reader = reader;
        this.duplicates = duplicates;
        this.access = access;
    }

    @Operation(summary = "Draft a member state's cooperation need")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the need's state")
    @PostMapping
    public ResponseEntity<CooperationRequestResponse> draft(@Valid @RequestBody CooperationRequestBody body) {
        String id = filing.draft(body);
        return ResponseEntity.created(URI.create("/api/cooperation-requests/" + id)).body(view(id));
    }

    @Operation(summary = "Read a cooperation need")
    @CalledBy
    @GetMapping("/{id}")
    public CooperationRequestResponse get(@PathVariable String id) {
        return respond(visible(id));
    }

    @Operation(summary = "Submit a draft need for diagnosis")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the need's own state")
    @PostMapping("/{id}/submit")
    public CooperationRequestResponse submit(@PathVariable String id) {
        filing.submit(id);
        return view(id);
    }

    @Operation(summary = "Withdraw a need")
    @CalledBy(roles = Role.MEMBER_STATE, limit = "an officer of the need's own state")
    @PostMapping("/{id}/withdraw")
    public CooperationRequestResponse withdraw(@PathVariable String id) {
        filing.withdraw(id);
        return view(id);
    }

    /** The published offers that answer the need best, each with its score and the reasons for it. */
    @Operation(summary = "The published offers that answer a need best, with the reasons of each score")
    @CalledBy
    @GetMapping("/{id}/matches")
    public List<OfferMatchQuery.MatchedOffer> matches(@PathVariable String id,
                                                      @RequestParam(defaultValue = "10") @Min(1) @Max(100) int size) {
        return matches.offersFor(visible(id).details(), size);
    }

    private CooperationRequestResponse view(String id) {
        return respond(reader.read(id).orElseThrow(() -> new NotFoundException("no cooperation request " + id)));
    }

    /** With its likely duplicates; an officer sees only those of their own state. */
    private CooperationRequestResponse respond(CooperationRequestCase request) {
        return CooperationRequestResponse.of(request, duplicates.of(request.id(), request.details(), access.listScope()));
    }

    private CooperationRequestCase visible(String id) {
        return filing.visible(id);
    }
}
