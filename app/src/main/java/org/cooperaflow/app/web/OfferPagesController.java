package org.cooperaflow.app.web;

import java.util.Locale;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.filing.OfferFiling;
import org.cooperaflow.app.web.support.FormErrors;
import org.cooperaflow.projections.offers.CooperationOfferCase;
import org.cooperaflow.projections.offers.OfferMatchQuery;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An offer's page: what is offered and where it stands; for its offerer, the steps (submit, withdraw) and the open
 * needs it answers best, each of which can start a draft proposal. The steps go to {@link OfferFiling} as the API's do.
 */
@Controller
@RequestMapping("/offers/{id}")
public class OfferPagesController {

    static final int MATCHES = 10;

    private final OfferFiling filing;
    private final OfferMatchQuery matches;
    private final TaskInbox tasks;
    private final CaseAccess access;
    private final FormErrors formErrors;

    public OfferPagesController(OfferFiling filing, OfferMatchQuery matches, TaskInbox tasks, CaseAccess access,
                                FormErrors formErrors) {
        this.filing = filing;
        this.matches = matches;
        this.tasks = tasks;
        this.access = access;
        this.formErrors = formErrors;
    }

    @GetMapping
    public String offer(@PathVariable String id, Model model) {
        CooperationOfferCase offer = filing.openable(id);
        model.addAttribute("offer", offer);
        model.addAttribute("owner", access.isOwner(offer));
        model.addAttribute("matches", matches.needsFor(offer.details(), MATCHES));
        model.addAttribute("openTasks", tasks.openTasksOfCase(id));
        return "offers/offer";
    }

    @PostMapping("/submit")
    public String submit(@PathVariable String id, Locale locale, RedirectAttributes flash) {
        return step(id, () -> filing.submit(id), "offer.submitted", locale, flash);
    }

    @PostMapping("/withdraw")
    public String withdraw(@PathVariable String id, Locale locale, RedirectAttributes flash) {
        return step(id, () -> filing.withdraw(id), "offer.withdrawn", locale, flash);
    }

    @PostMapping("/matches/{requestId}/proposal")
    public String propose(@PathVariable String id, @PathVariable String requestId, Locale locale,
                          RedirectAttributes flash) {
        String[] proposal = new String[1];
        String back = step(id, () -> proposal[0] = filing.proposeFromMatch(id, requestId), "offer.proposed", locale,
                flash);
        return proposal[0] == null ? back : "redirect:/proposals/" + proposal[0];
    }

    /** Takes the step; a rule the offer refuses comes back as a notice on its page. */
    private String step(String id, Runnable step, String notice, Locale locale, RedirectAttributes flash) {
        formErrors.step(step, notice, locale, flash);
        return "redirect:/offers/" + id;
    }
}
