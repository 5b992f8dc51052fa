package org.cooperaflow.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandExecutionException;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.api.MoneyBody;
import org.cooperaflow.app.api.requests.CooperationRequestBody;
import org.cooperaflow.app.filing.NeedFiling;
import org.cooperaflow.app.web.support.FormErrors;
import org.cooperaflow.app.web.support.Htmx;
import org.cooperaflow.app.web.support.SubmittedForm;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.projections.proposals.ProposalCaseReader;
import org.cooperaflow.projections.requests.CooperationRequestCase;
import org.cooperaflow.projections.requests.NeedListQuery;
import org.cooperaflow.projections.requests.PossibleDuplicatesQuery;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member state's cooperation needs: the officer's form to file one (the API's {@link CooperationRequestBody}, its
 * Bean Validation and {@link NeedFiling}), and the need's page: what it asks, its stages, its likely duplicates, the
 * proposals that address it, and its open tasks.
 */
@Controller
public class NeedPagesController {

    private static final int PAGE_SIZE = 20;

    private final NeedFiling filing;
    private final NeedListQuery list;
    private final PossibleDuplicatesQuery duplicates;
    private final ProposalCaseReader proposals;
    private final TaskInbox tasks;
    private final CaseAccess access;
    private final Validator validator;
    private final FormErrors formErrors;
    private final MessageSource messages;

    public NeedPagesController(NeedFiling filing, NeedListQuery list, PossibleDuplicatesQuery duplicates, ProposalCaseReader proposals,
                               TaskInbox tasks, CaseAccess access, Validator validator, FormErrors formErrors,
                               MessageSource messages) {
        this.filing = filing;
        this.list = list;
        this.duplicates = duplicates;
        this.proposals = proposals;
        this.tasks = tasks;
        this.access = access;
        this.validator = validator;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    /** The needs the user may see, by stage: an officer's state's (its drafts too), or every state's. */
    @GetMapping("/needs")
    public String list(@RequestParam(name = "stage", required = false) String stage,
                       @RequestParam(name = "page", defaultValue = "0") int page,
                       HttpServletRequest request, Model model) {
        CooperationRequestStage filter = Arrays.stream(CooperationRequestStage.values())
                .filter(s -> s.name().equals(stage)).findFirst().orElse(null);
        NeedListQuery.Page found = list.find(new NeedListQuery.Filter(filter == null ? null : filter.name(),
                access.listScope(), access.draftsVisibleOf()), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("needs", found.items());
        model.addAttribute("stage", filter == null ? null : filter.name());
        model.addAttribute("stages", CooperationRequestStage.values());
        model.addAttribute("page", found.page());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("scope", access.listScope());
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "needs/list :: results" : "needs/list";
    }

    @GetMapping("/needs/new")
    public String newNeed(Model model, Locale locale) {
        String state = CurrentUser.get().memberState();
        access.requireMayFileFor(state);
        Map<String, List<String>> initial = new LinkedHashMap<>();
        initial.put("memberState", List.of(state));
        initial.put("estimatedBudget.currency", List.of("USD"));
        return form(new SubmittedForm(initial, labels(locale), formErrors, locale), model);
    }

    @PostMapping("/needs/new")
    public String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                         RedirectAttributes flash, HttpServletResponse response) {
        access.requireMayFileFor(CurrentUser.get().memberState());
        SubmittedForm form = new SubmittedForm(params, labels(locale), formErrors, locale);
        var budget = form.decimal("estimatedBudget.amount");
        String currency = form.text("estimatedBudget.currency");
        CooperationRequestBody body = new CooperationRequestBody(form.text("memberState"), form.text("title"),
                form.text("description"), form.code("priority", CidiPriority.class), form.integers("sdgs"),
                form.text("nationalPlanReference"), form.code("modality", Modality.class),
                budget == null ? null : new MoneyBody(budget, currency == null ? "USD" : currency.toUpperCase(Locale.ROOT)));
        form.validate(validator, body, Function.identity());
        if (form.errors().isEmpty()) {
            try {
                String id = filing.draft(body);
                flash.addFlashAttribute("notice", "needForm.saved");
                return "redirect:/needs/" + id;
            } catch (DomainRuleViolation e) {
                form.reject(null, formErrors.ruleMessage(e, locale));
            } catch (CommandExecutionException e) {
                if (!(e.getCause() instanceof DomainRuleViolation violation)) {
                    throw e;
                }
                form.reject(null, formErrors.ruleMessage(violation, locale));
            }
        }
        response.setStatus(422);
        return form(form, model);
    }

    @GetMapping("/needs/{id}")
    public String need(@PathVariable String id, Model model) {
        CooperationRequestCase need = filing.openable(id);
        model.addAttribute("need", need);
        model.addAttribute("duplicates", duplicates.of(need.id(), need.details(), access.listScope()));
        model.addAttribute("addressedBy", need.addressedByProposalIds().stream()
                .map(pid -> proposals.read(pid).filter(access::maySee).orElse(null))
                .filter(java.util.Objects::nonNull).toList());
        model.addAttribute("openTasks", tasks.openTasksOfCase(id));
        model.addAttribute("owner", access.isOwner(need));
        return "needs/need";
    }

    @PostMapping("/needs/{id}/submit")
    public String submit(@PathVariable String id, Locale locale, RedirectAttributes flash) {
        formErrors.step(() -> filing.submit(id), "needForm.submitted", locale, flash);
        return "redirect:/needs/" + id;
    }

    private Function<String, String> labels(Locale locale) {
        return path -> messages.getMessage("needForm." + path.replaceAll("\\[\\d+]", ""), null, path, locale);
    }

    private String form(SubmittedForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", form.errors());
        model.addAttribute("formKeys", "needForm.");
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("priorities", CidiPriority.values());
        return "needs/form";
    }
}
