package org.cooperaflow.app.api.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.projections.accounts.ThematicAccountQuery;
import org.cooperaflow.projections.accounts.ThematicAccountReader;
import org.cooperaflow.projections.accounts.ThematicAccountView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Thematic accounts of the fund: the fund manager opens them; every signed-in user may read
 * them, since proposals and contributions name the account they are for.
 */
@Tag(name = "Fund")
@RestController
@RequestMapping("/api/accounts")
public class ThematicAccountController {

    private final CommandGateway commandGateway;
    private final ThematicAccountReader reader;
    private final ThematicAccountQuery query;

    private final CaseAccess access;

    public ThematicAccountController(CommandGateway commandGateway, ThematicAccountReader reader,
                                     ThematicAccountQuery query, CaseAccess access) {
        this.commandGateway = commandGateway;
        this.access = access;
        this.reader = reader;
        this.query = query;
    }

    @Operation(summary = "Open a thematic account of the fund")
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @CalledBy(capabilities = Capability.MANAGE_FUNDS)
    @PostMapping
    public ResponseEntity<ThematicAccountView> open(@Valid @RequestBody ThematicAccountBody body) {
        access.require(Capability.MANAGE_FUNDS, "open a thematic account");
        String id = UUID.randomUUID().toString();
        commandGateway.sendAndWait(body.toCommand(id));
        return ResponseEntity.created(URI.create("/api/accounts/" + id)).body(get(id));
    }

    /** Every account, from the read model: an account opened a moment ago may appear a moment later. */
    @Operation(summary = "List the thematic accounts")
    @CalledBy
    @GetMapping
    public ThematicAccountQuery.Page list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return query.page(page, size);
    }

    /** One account, from the event store (no lag). */
    @Operation(summary = "Read a thematic account with its figures")
    @CalledBy
    @GetMapping("/{id}")
    public ThematicAccountView get(@PathVariable String id) {
        return reader.read(id).orElseThrow(() -> new NotFoundException("no thematic account " + id));
    }
}
