package org.cooperaflow.app.api.contributions;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.UnknownReferenceException;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.fund.api.CancelPledgeCommand;
import org.cooperaflow.domain.fund.api.PledgeContributionCommand;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.projections.accounts.ThematicAccountReader;
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
 * received (saying why); the fund manager,
 * managers, auditors and admins read a contribution with all its receipts and allocations.
 */
@RestController
@RequestMapping("/api/contributions")
public class ContributionController {

    private final CommandGateway commandGateway;
    private final ContributionCaseReader reader;
    private final ThematicAccountReader accounts;
    private final CaseAccess access;

    public ContributionController(CommandGateway commandGateway, ContributionCaseReader reader,
                                  ThematicAccountReader accounts, CaseAccess access) {
        this.commandGateway = commandGateway;
        this.reader = reader;
        this.accounts = accounts;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<ContributionResponse> pledge(@Valid @RequestBody ContributionBody body) {
        access.require(Capability.MANAGE_FUNDS, "record contributions and receipts");
        String id = UUID.randomUUID().toString();
        PledgeContributionCommand command = body.toCommand(id);
        if (body.accountId() != null && !accounts.exists(body.accountId())) {
            throw new UnknownReferenceException("accountId", "no thematic account " + body.accountId());
        }
        commandGateway.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/contributions/" + id)).body(view(id));
    }

    @PostMapping("/{id}/receipts")
    public ContributionResponse recordReceipt(@PathVariable String id, @Valid @RequestBody ReceiptBody body) {
        access.require(Capability.MANAGE_FUNDS, "record contributions and receipts");
        view(id);
        commandGateway.sendAndWait(body.toCommand(id));
        return view(id);
    }

    /** Cancels a pledge of which nothing was received; the comment is the reason the audit trail keeps. */
    @PostMapping("/{id}/cancel")
    public ContributionResponse cancel(@PathVariable String id, @Valid @RequestBody CancelPledgeBody body) {
        access.require(Capability.MANAGE_FUNDS, "cancel pledges");
        view(id);
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(new CancelPledgeCommand(id))
                .andMetaData(Map.of(AuditMetadata.REASON, body.comment())));
        return view(id);
    }

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
