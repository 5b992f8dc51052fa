package org.cooperaflow.app.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.api.MoneyBody;
import org.cooperaflow.app.api.UnknownReferenceException;
import org.cooperaflow.app.api.proposals.ProposalBody;
import org.cooperaflow.app.filing.ProposalFiling;
import org.cooperaflow.app.web.support.FormErrors;
import org.cooperaflow.app.web.support.SubmittedForm;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.accounts.ThematicAccountQuery;
import org.cooperaflow.projections.proposals.ProposalCase;
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
 * A member-state officer's proposal form: drafting a new proposal, editing a draft or a proposal returned for revision,
 * submitting and resubmitting it. The form becomes the API's {@link ProposalBody}, checked by the same Bean Validation
 * and filed through the same {@link ProposalFiling}; every problem is shown at its field with the typed values kept.
 */
@Controller
public class ProposalFormPages {

    private final ProposalFiling filing;
    private final ThematicAccountQuery accounts;
    private final CaseAccess access;
    private final Validator validator;
    private final FormErrors formErrors;
    private final MessageSource messages;

    public ProposalFormPages(ProposalFiling filing, ThematicAccountQuery accounts, CaseAccess access,
                             Validator validator, FormErrors formErrors, MessageSource messages) {
        this.filing = filing;
        this.accounts = accounts;
        this.access = access;
        this.validator = validator;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/proposals/new")
    public String newProposal(Model model, Locale locale) {
        String state = CurrentUser.get().memberState();
        access.requireMayFileFor(state);
        Map<String, List<String>> initial = new LinkedHashMap<>();
        initial.put("proposer.type", List.of(ProposerType.MEMBER_STATE.name()));
        initial.put("proposer.memberState", List.of(state));
        return form(new SubmittedForm(initial, labels(locale), formErrors, locale), null, 0, 0, model);
    }

    @PostMapping("/proposals/new")
    public String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                         RedirectAttributes flash, HttpServletResponse response) {
        access.requireMayFileFor(CurrentUser.get().memberState());
        SubmittedForm form = new SubmittedForm(params, labels(locale), formErrors, locale);
        ProposalBody body = read(form);
        if (form.errors().isEmpty()) {
            try {
                String id = filing.draft(body);
                flash.addFlashAttribute("notice", "proposalForm.saved");
                return "redirect:/proposals/" + id;
            } catch (RuntimeException e) {
                reject(form, e, locale);
            }
        }
        response.setStatus(422);
        return form(form, null, 0, 0, model);
    }

    @GetMapping("/proposals/{id}/edit")
    public String edit(@PathVariable String id, Model model, Locale locale, RedirectAttributes flash) {
        ProposalCase proposal = filing.openable(id);
        access.requireOwner(proposal);
        if (!editable(proposal)) {
            flash.addFlashAttribute("notice", "proposalForm.notEditable");
            return "redirect:/proposals/" + id;
        }
        ProposalDetails d = proposal.details();
        return form(new SubmittedForm(values(d), labels(locale), formErrors, locale), proposal,
                d.partners().size(), d.indicators().size(), model);
    }

    @PostMapping("/proposals/{id}/edit")
    public String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
                         Locale locale, RedirectAttributes flash, HttpServletResponse response) {
        ProposalCase proposal = filing.openable(id);
        access.requireOwner(proposal);
        SubmittedForm form = new SubmittedForm(params, labels(locale), formErrors, locale);
        ProposalBody body = read(form);
        if (form.errors().isEmpty()) {
            try {
                filing.update(id, body);
                flash.addFlashAttribute("notice", "proposalForm.saved");
                return "redirect:/proposals/" + id;
            } catch (RuntimeException e) {
                reject(form, e, locale);
            }
        }
        response.setStatus(422);
        return form(form, proposal, 0, 0, model);
    }

    @PostMapping("/proposals/{id}/submit")
    public String submit(@PathVariable String id, Locale locale, RedirectAttributes flash) {
        return step(id, () -> filing.submit(id), "proposalForm.submitted", locale, flash);
    }

    @PostMapping("/proposals/{id}/resubmit")
    public String resubmit(@PathVariable String id, Locale locale, RedirectAttributes flash) {
        return step(id, () -> filing.resubmit(id), "proposalForm.resubmitted", locale, flash);
    }

    private String step(String id, Runnable action, String done, Locale locale, RedirectAttributes flash) {
        formErrors.step(action, done, locale, flash);
        return "redirect:/proposals/" + id;
    }

    private static boolean editable(ProposalCase proposal) {
        return proposal.stage() == ProposalStage.DRAFT || proposal.stage() == ProposalStage.RETURNED_FOR_REVISION;
    }

    /** What the application refused, at the input it names: a rule of the domain, an unknown reference. */
    private void reject(SubmittedForm form, RuntimeException e, Locale locale) {
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof DomainRuleViolation violation) {
            form.reject(inputOfRule(violation.rule()), formErrors.ruleMessage(violation, locale));
        } else if (cause instanceof UnknownReferenceException unknown) {
            form.reject(unknown.field().startsWith("cooperationRequestIds") ? null : unknown.field(),
                    formErrors.message("form.error.unknownReference", locale, labels(locale).apply(unknown.field())));
        } else {
            throw e;
        }
    }

    private static String inputOfRule(String rule) {
        return switch (rule) {
            case "triangular-roles", "state-not-participating", "unknown-member-state" -> "partners";
            case "invalid-duration" -> "durationMonths";
            case "currency-not-usd" -> "requestedAmount.amount";
            case "unknown-measure" -> "measures";
            case "unknown-sdg" -> "sdgs";
            default -> null;
        };
    }

    /** The form's values as the API's body; what cannot be read is recorded at its input. */
    private ProposalBody read(SubmittedForm form) {
        List<ProposalBody.PartnerBody> partners = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String state = form.text("partners[" + i + "].memberState");
            String role = form.text("partners[" + i + "].role");
            if (state == null && role == null) {
                continue;
            }
            partners.add(new ProposalBody.PartnerBody(state, form.code("partners[" + i + "].role", PartnerRole.class)));
        }
        List<ProposalBody.IndicatorBody> indicators = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String prefix = "indicators[" + i + "].";
            if (form.text(prefix + "name") == null && form.text(prefix + "unit") == null
                    && form.text(prefix + "baseline") == null && form.text(prefix + "target") == null) {
                continue;
            }
            indicators.add(new ProposalBody.IndicatorBody(form.text(prefix + "name"), form.text(prefix + "unit"),
                    form.decimal(prefix + "baseline"), form.decimal(prefix + "target")));
        }
        var requested = form.decimal("requestedAmount.amount");
        var coFinancing = form.decimal("coFinancing.amount");
        ProposalBody body = new ProposalBody(form.text("title"), form.text("summary"),
                new ProposalBody.ProposerBody(form.code("proposer.type", ProposerType.class),
                        form.text("proposer.memberState"), form.text("proposer.name")),
                partners, form.code("modality", Modality.class), form.texts("measures"), form.integers("sdgs"),
                form.code("priority", CidiPriority.class),
                requested == null ? null : new MoneyBody(requested, Money.USD),
                coFinancing == null ? null : new MoneyBody(coFinancing, Money.USD),
                form.integer("durationMonths"), form.text("accountId"), form.texts("cooperationRequestIds"),
                indicators);
        // a row's index in the body is not its index in the form when a row above it was left empty
        List<Integer> partnerRows = rowsFilled(form, "partners", 30, "memberState", "role");
        List<Integer> indicatorRows = rowsFilled(form, "indicators", 50, "name", "unit", "baseline", "target");
        form.validate(validator, body, path -> renumber(renumber(path, "partners", partnerRows), "indicators", indicatorRows));
        return body;
    }

    private static List<Integer> rowsFilled(SubmittedForm form, String list, int max, String... fields) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            for (String field : fields) {
                if (form.text(list + "[" + i + "]." + field) != null) {
                    rows.add(i);
                    break;
                }
            }
        }
        return rows;
    }

    private static String renumber(String path, String list, List<Integer> rows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^" + list + "\\[(\\d+)](.*)$").matcher(path);
        if (!m.matches()) {
            return path;
        }
        int index = Integer.parseInt(m.group(1));
        return list + "[" + (index < rows.size() ? rows.get(index) : index) + "]" + m.group(2);
    }

    /** An input's label, for its error messages: {@code partners[1].role} is "Partner 2: role". */
    private Function<String, String> labels(Locale locale) {
        return path -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\w+)\\[(\\d+)]\\.?(.*)$").matcher(path);
            if (m.matches()) {
                String row = messages.getMessage("proposalForm." + m.group(1) + ".row",
                        new Object[] {Integer.parseInt(m.group(2)) + 1}, m.group(1), locale);
                return m.group(3).isEmpty() ? row
                        : row + ": " + messages.getMessage("proposalForm." + m.group(1) + "." + m.group(3), null,
                                m.group(3), locale);
            }
            return messages.getMessage("proposalForm." + path, null, path, locale);
        };
    }

    private String form(SubmittedForm form, ProposalCase proposal, int partners, int indicators, Model model) {
        int partnerRows = Math.max(3, Math.max(partners, lastRow(form, "partners") + 1) + 1);
        int indicatorRows = Math.max(3, Math.max(indicators, lastRow(form, "indicators") + 1) + 1);
        model.addAttribute("form", form);
        model.addAttribute("errors", form.errors());
        model.addAttribute("proposal", proposal);
        model.addAttribute("formKeys", "proposalForm.");
        model.addAttribute("partnerRows", IntStream.range(0, partnerRows).boxed().toList());
        model.addAttribute("indicatorRows", IntStream.range(0, indicatorRows).boxed().toList());
        model.addAttribute("accounts", accounts.page(0, 100).items());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("priorities", CidiPriority.values());
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("proposerTypes", ProposerType.values());
        return "proposals/form";
    }

    private static int lastRow(SubmittedForm form, String list) {
        int last = -1;
        for (int i = 0; i < 50; i++) {
            String prefix = list + "[" + i + "].";
            if (form.value(prefix + "memberState") != null || form.value(prefix + "name") != null
                    || form.value(prefix + "role") != null) {
                last = i;
            }
        }
        return last;
    }

    /** The form filled from what the proposal says. */
    private static Map<String, List<String>> values(ProposalDetails d) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        put(v, "title", d.title());
        put(v, "summary", d.summary());
        put(v, "proposer.type", d.proposer().type());
        put(v, "proposer.memberState", d.proposer().memberState());
        put(v, "proposer.name", d.proposer().name());
        for (int i = 0; i < d.partners().size(); i++) {
            put(v, "partners[" + i + "].memberState", d.partners().get(i).memberState());
            put(v, "partners[" + i + "].role", d.partners().get(i).role());
        }
        put(v, "modality", d.modality());
        v.put("measures", d.measures());
        v.put("sdgs", d.sdgs().stream().map(String::valueOf).toList());
        put(v, "priority", d.priority());
        put(v, "requestedAmount.amount", d.requestedAmount() == null ? null : d.requestedAmount().amount().toPlainString());
        put(v, "coFinancing.amount", d.coFinancing() == null ? null : d.coFinancing().amount().toPlainString());
        put(v, "durationMonths", d.durationMonths());
        put(v, "accountId", d.accountId());
        v.put("cooperationRequestIds", d.cooperationRequestIds());
        for (int i = 0; i < d.indicators().size(); i++) {
            var indicator = d.indicators().get(i);
            put(v, "indicators[" + i + "].name", indicator.name());
            put(v, "indicators[" + i + "].unit", indicator.unit());
            put(v, "indicators[" + i + "].baseline", indicator.baseline() == null ? null : indicator.baseline().toPlainString());
            put(v, "indicators[" + i + "].target", indicator.target() == null ? null : indicator.target().toPlainString());
        }
        return v;
    }

    private static void put(Map<String, List<String>> values, String name, Object value) {
        if (value != null) {
            values.put(name, List.of(String.valueOf(value)));
        }
    }
}
