package org.cooperaflow.app.api.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.projections.catalog.NeedsCatalogQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public needs catalog (no sign-in): published cooperation requests, so partners can answer them. */
@Tag(name = "Catalog")
@RestController
@RequestMapping("/api/catalog")
public class NeedsCatalogController {

    private final NeedsCatalogQuery catalog;

    public NeedsCatalogController(NeedsCatalogQuery catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "Search the public catalog of member states' needs")
    @CalledBy(anyone = true)
    @GetMapping("/needs")
    public NeedsCatalogQuery.Page needs(@RequestParam(required = false) @MemberStateCode String memberState,
                                        @RequestParam(required = false) @Min(1) @Max(17) Integer sdg,
                                        @RequestParam(required = false) CidiPriority priority,
                                        @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return catalog.find(memberState, sdg, priority == null ? null : priority.name(), page, size);
    }
}
