package org.cooperaflow.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.http.PlainText;
import org.cooperaflow.app.web.support.FormErrors;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.request.api.RequestRejectionReason;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.projections.contributions.ContributionCase;
import org.cooperaflow.projections.contributions.ContributionCaseReader;
import org.cooperaflow.projections.funding.AvailableFundsQuery;
import org.cooperaflow.projections.offers.CooperationOfferCaseReader;
import org.cooperaflow.projections.offers.OfferMatchQuery;
import org.cooperaflow.projections.proposals.ProposalDossier;
import org.cooperaflow.projections.proposals.ProposalDossierReader;
import org.cooperaflow.projections.requests.CooperationRequestCaseReader;
import org.cooperaflow.projections.requests.PossibleDuplicatesQuery;
import org.cooperaflow.workflows.contribution.ContributionProcess;
import org.cooperaflow.workflows.offer.OfferReviewProcess;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.cooperaflow.workflows.request.CooperationRequestProcess;
import org.cooperaflow.workflows.support.CaseChangedConcurrentlyException;
import org.cooperaflow.workflows.support.ProcessChangedConcurrentlyException;
import org.cooperaflow.workflows.tasks.Actor;
import org.cooperaflow.workflows.tasks.InvalidTaskCompletionException;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskNotFoundException;
import org.cooperaflow.workflows.tasks.TaskView;
import org.cooperaflow.workflows.tasks.TaskActions;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task opened from the inbox: its case's summary beside a form built from the task's outcomes and fields. The
 * completion goes to the task service as the API's does; a problem it reports (a field the task refuses, a rule the
 * case refuses, a change by someone else) comes back at the field it names, with everything typed kept.
 */
@Controller
public class TaskPageController {

    private final TaskInbox tasks;
    private final TaskActions actions;
    private final ProposalDossierReader proposals;
    private final CooperationRequestCaseReader needs;
    private final PossibleDuplicatesQuery duplicates;
    private final ContributionCaseReader contributions;
    private final AvailableFundsQuery funds;
    private final FormErrors formErrors;
    private final CaseAccess access;
    private final CooperationOfferCaseReader offers;
    private final OfferMatchQuery matches;

    public TaskPageController(TaskInbox tasks, TaskActions actions, ProposalDossierReader proposals,
                              CooperationRequestCaseReader needs, PossibleDuplicatesQuery duplicates,
                              ContributionCaseReader contributions, AvailableFundsQuery funds, FormErrors formErrors,
                              CaseAccess access, CooperationOfferCaseReader offers, OfferMatchQuery matches) {
        this.access = access;
        this.offers = offers;
        this.matches = matches;
        this.tasks = tasks;
        this.actions = actions;
        this.proposals = proposals;
        this.needs = needs;
        this.duplicates = duplicates;
        this.contributions = contributions;
        this.funds = funds;
        this.formErrors = formErrors;
    }

    /** A contribution the fund manager may allocate from: who gave it and the USD it still has. */
    public record FundOption(String contributionId, ContributionCase contribution, BigDecimal availableUsd,
                             boolean earmarked) {
    }

    @GetMapping("/tasks/{id}")
    public String show(@PathVariable String id, Model model, Locale locale) {
        TaskView task = tasks.task(CurrentUser.get().actor(), id);
        Map<String, String> values = new LinkedHashMap<>();
        if (task.allowedOutcomes().size() == 1) {
            values.put("outcome", task.allowedOutcomes().get(0));
        }
        return page(task, values, new FormErrors.Collected(), model);
    }

    @PostMapping("/tasks/{id}")
    public String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
                           Locale locale, RedirectAttributes flash, HttpServletResponse response) {
        Actor actor = CurrentUser.get().actor();
        TaskView task;
        try {
            task = tasks.task(actor, id);
        } catch (TaskNotFoundException e) {
            flash.addFlashAttribute("problem", "inbox.task.gone");
            return "redirect:/";
        }
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> {
            if (!name.equals("_csrf") && !list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
        TaskForm form = TaskForm.of(task);
        List<String> indicatorNames = indicatorNames(task);
        FormErrors.Collected errors = new FormErrors.Collected();
        // the API's door for text, at the page's (PlainText)
        values.forEach((name, value) -> PlainText.problem(value).ifPresent(problem ->
                errors.add(name, formErrors.plainTextMessage(problem, locale))));
        TaskForm.Messages messages = key -> formErrors.message(key, locale);
        TaskCompletion completion = form.completion(values, indicatorNames, errors, messages);
        if (completion.outcome() == null || !task.allowedOutcomes().contains(completion.outcome())) {
            errors.add("outcome", messages.get("task.error.outcome"));
        } else if (form.commentRequiredFor(completion.outcome()) && completion.comment() == null) {
            errors.add("comment", formErrors.message("task.error.commentRequired", locale,
                    formErrors.message("outcome." + completion.outcome(), locale)));
        }
        if (errors.isEmpty()) {
            try {
                actions.complete(actor, id, completion);
                flash.addFlashAttribute("notice", "task.completed");
                return "redirect:/";
            } catch (InvalidTaskCompletionException e) {
                e.fieldErrors().forEach((field, message) -> errors.add(form.inputOf(field, values, indicatorNames),
                        message));
            } catch (DomainRuleViolation e) {
                errors.add(form.inputOfRule(e.rule()), formErrors.ruleMessage(e, locale));
            } catch (CommandExecutionException e) {
                if (!(e.getCause() instanceof DomainRuleViolation violation)) {
                    throw e;
                }
                errors.add(form.inputOfRule(violation.rule()), formErrors.ruleMessage(violation, locale));
            } catch (CaseChangedConcurrentlyException | ConcurrencyException | ProcessChangedConcurrentlyException
                     | PessimisticLockingFailureException e) {
                errors.add(null, messages.get("task.error.caseChanged"));
            }
        }
        response.setStatus(422);
        return page(task, values, errors, model);
    }

    private String page(TaskView task, Map<String, String> values, FormErrors.Collected errors, Model model) {
        TaskForm form = TaskForm.of(task);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("criteria", DacCriterion.values());
        model.addAttribute("rejectionReasons", RequestRejectionReason.values());
        switch (task.processDefinitionKey() == null ? "" : task.processDefinitionKey()) {
            case ProposalLifecycleProcess.KEY -> {
                ProposalDossier dossier = proposals.read(task.caseId()).orElse(null);
                model.addAttribute("proposal", dossier);
                if (dossier != null && form.inputs().stream().anyMatch(i -> i.kind().equals("allocations"))) {
                    model.addAttribute("funds", fundOptions(dossier.details().accountId()));
                }
            }
            case CooperationRequestProcess.KEY -> needs.read(task.caseId()).ifPresent(need -> {
                model.addAttribute("need", need);
                model.addAttribute("duplicates", duplicates.of(need.id(), need.details(), access.listScope()));
                model.addAttribute("matches", matches.offersFor(need.details(), OfferPagesController.MATCHES));
            });
            case OfferReviewProcess.KEY -> offers.read(task.caseId()).ifPresent(o -> model.addAttribute("offer", o));
            case ContributionProcess.KEY ->
                    contributions.read(task.caseId()).ifPresent(c -> model.addAttribute("contribution", c));
            default -> {
            }
        }
        model.addAttribute("indicatorNames", indicatorNames(task));
        return "tasks/task";
    }

    private List<FundOption> fundOptions(String accountId) {
        return funds.forAccount(accountId).stream()
                .map(f -> new FundOption(f.contributionId(), contributions.read(f.contributionId()).orElse(null),
                        f.availableUsd(), f.accountId() != null))
                .toList();
    }

    private List<String> indicatorNames(TaskView task) {
        if (!ProposalLifecycleProcess.KEY.equals(task.processDefinitionKey())
                || task.fields().stream().noneMatch(f -> f.name().equals("indicators"))) {
            return List.of();
        }
        return proposals.read(task.caseId()).map(d -> d.details().indicators().stream().map(Indicator::name).toList())
                .orElse(List.of());
    }
}
