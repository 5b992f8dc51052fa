package org.cooperaflow.app.api.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.cooperaflow.app.api.InvalidRequestException;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.PermanentObservers;
import org.cooperaflow.projections.offers.OffersCatalogQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public offers catalog (no sign-in): published cooperation offers, filtered and paged as the needs catalog is;
 * {@code memberState} is the offering country (a member state, or a permanent observer).
 */
@Tag(name = "Catalog")
@RestController
@RequestMapping("/api/catalog")
public class OffersCatalogController {

    private final OffersCatalogQuery catalog;

    public OffersCatalogController(OffersCatalogQuery catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "Search the public catalog of published cooperation offers")
    @CalledBy(anyone = true)
    @GetMapping("/offers")
    public OffersCatalogQuery.Page offers(@RequestParam(required = false)
                                          @Pattern(regexp = "[A-Z]{2}", message = "is not a country code") String memberState,
                                          @RequestParam(required = false) @Min(1) @Max(17) Integer sdg,
                                          @RequestParam(required = false) CidiPriority priority,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (memberState != null && !MemberStates.isMemberState(memberState)
                && !PermanentObservers.isPermanentObserver(memberState)) {
            throw new InvalidRequestException("memberState",
                    "'" + memberState + "' is neither a member state nor a permanent observer of the OAS");
        }
        return catalog.find(memberState, sdg, priority == null ? null : priority.name(), page, size);
    }
}
