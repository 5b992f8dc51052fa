package org.cooperaflow.app.api.contributions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.filing.ContributionFiling;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.projections.contributions.ContributionCaseReader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Money into the fund: the fund manager records pledges and receipts, and cancels a pledge of which nothing was
 * received (saying why); the fund manager, managers, auditors and admins read a contribution with all its receipts
 * and allocations.
 */
@Tag(name = "Fund")
@RestController
@RequestMapping("/api/contributions")
public class ContributionController {

    private final ContributionFiling filing;
    private final ContributionCaseReader reader;
    private final CaseAccess access;

    public ContributionController(ContributionFiling filing, ContributionCaseReader reader, CaseAccess access) {
        this.filing = filing;
        this.reader = reader;
        this.access = access;
    }

    @Operation(summary = "Record a pledge to the fund")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @CalledBy(capabilities = Capability.MANAGE_FUNDS)
    @PostMapping
    public ResponseEntity<ContributionResponse> pledge(@Valid @RequestBody ContributionBody body) {
        String id = filing.pledge(body);
        return ResponseEntity.created(URI.create("/api/contributions/" + id)).body(view(id));
    }

    @Operation(summary = "Record a receipt of a pledge's money")
    @CalledBy(capabilities = Capability.MANAGE_FUNDS)
    @PostMapping("/{id}/receipts")
    public ContributionResponse recordReceipt(@PathVariable String id, @Valid @RequestBody ReceiptBody body) {
        filing.recordReceipt(id, body);
        return view(id);
    }

    /** Cancels a pledge of which nothing was received; the comment is the reason the audit trail keeps. */
    @Operation(summary = "Cancel a pledge, with a reason")
    @CalledBy(capabilities = Capability.MANAGE_FUNDS)
    @PostMapping("/{id}/cancel")
    public ContributionResponse cancel(@PathVariable String id, @Valid @RequestBody CancelPledgeBody body) {
        filing.cancelPledge(id, body.comment());
        return view(id);
    }

    @Operation(summary = "Read a contribution with its receipts and allocations")
    @CalledBy(capabilities = Capability.READ_FUNDS)
    @GetMapping("/{id}")
    public ContributionResponse get(@PathVariable String id) {
        access.requireContributionReader();
        return view(id);
    }

    private ContributionResponse view(String id) {
        return ContributionResponse.of(reader.read(id)
                .orElseThrow(() -> new NotFoundException("no contribution " + id)));
    }
}
