package org.cooperaflow.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.cooperaflow.app.web.support.Htmx;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.projections.catalog.NeedsCatalogQuery;
import org.cooperaflow.projections.offers.OffersCatalogQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalog, readable without signing in: the needs the secretariat published, newest first, filtered
 * as the API's {@code GET /api/catalog/needs} filters them (member state, SDG, CIDI priority), from the same query. A
 * filter value the catalog does not know is left out rather than refused: a visitor's link should still open. Below
 * them, the newest published offers of the same filters ({@code GET /api/catalog/offers}).
 */
@Controller
public class CatalogPageController {

    static final int PAGE_SIZE = 20;

    private final NeedsCatalogQuery catalog;
    private final OffersCatalogQuery offers;

    public CatalogPageController(NeedsCatalogQuery catalog, OffersCatalogQuery offers) {
        this.catalog = catalog;
        this.offers = offers;
    }

    @GetMapping("/catalog")
    public String catalog(@RequestParam(name = "memberState", required = false) String memberState,
                          @RequestParam(name = "sdg", required = false) String sdg,
                          @RequestParam(name = "priority", required = false) String priority,
                          @RequestParam(name = "page", defaultValue = "0") int page,
                          HttpServletRequest request, Model model) {
        String state = memberState != null && MemberStates.find(memberState).isPresent() ? memberState : null;
        Integer goal = goal(sdg);
        String theme = Arrays.stream(CidiPriority.values()).map(Enum::name).filter(p -> p.equals(priority))
                .findFirst().orElse(null);
        NeedsCatalogQuery.Page found = catalog.find(state, goal, theme, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("needs", found.items());
        // the offers of the same filters, the newest first; the state filter is the offering state
        OffersCatalogQuery.Page offered = offers.find(state, goal, theme, 0, PAGE_SIZE);
        model.addAttribute("offers", offered.items());
        model.addAttribute("offersTotal", offered.total());
        model.addAttribute("memberState", state);
        model.addAttribute("sdg", goal);
        model.addAttribute("priority", theme);
        model.addAttribute("priorities", CidiPriority.values());
        model.addAttribute("page", found.page());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "catalog/index :: results" : "catalog/index";
    }

    private static Integer goal(String sdg) {
        try {
            int number = Integer.parseInt(sdg == null ? "" : sdg.strip());
            return number >= 1 && number <= 17 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
