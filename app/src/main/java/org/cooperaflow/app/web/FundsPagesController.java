package org.cooperaflow.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandExecutionException;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.api.InvalidRequestException;
import org.cooperaflow.app.api.MoneyBody;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.UnknownReferenceException;
import org.cooperaflow.app.api.contributions.ContributionBody;
import org.cooperaflow.app.api.contributions.ReceiptBody;
import org.cooperaflow.app.filing.ContributionFiling;
import org.cooperaflow.app.web.support.FormErrors;
import org.cooperaflow.app.web.support.Htmx;
import org.cooperaflow.app.web.support.SubmittedForm;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.ContributorType;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.projections.accounts.ThematicAccountQuery;
import org.cooperaflow.projections.contributions.ContributionCase;
import org.cooperaflow.projections.contributions.ContributionCaseReader;
import org.cooperaflow.projections.funding.FundBooksQuery;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
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
 * The fund's books for those who read them: the thematic accounts with what was pledged, received, allocated and is
 * still available, the contributions newest first, and the allocation tasks waiting; and the fund manager's forms to
 * record a pledge and a receipt, which become the API's {@link ContributionBody} and {@link ReceiptBody}, are checked
 * by the same Bean Validation and go through {@link ContributionFiling} as the API's requests do.
 */
@Controller
public class FundsPagesController {

    static final int PAGE_SIZE = 25;
    static final int ACCOUNTS_PAGE_SIZE = 10;

    /** The fund's refusals of a pledge or a receipt, and the input each is about. */
    private static final Map<String, String> INPUT_OF_RULE = Map.ofEntries(
            Map.entry("pledge-must-be-positive", "pledged.amount"),
            Map.entry("receipt-must-be-positive", "amount.amount"),
            Map.entry("receipt-exceeds-pledge", "amount.amount"),
            Map.entry("receipt-currency-mismatch", "amount.currency"),
            Map.entry("receipt-in-the-future", "receivedOn"),
            Map.entry("receipt-before-pledge", "receivedOn"),
            Map.entry("usd-rate-must-be-one", "usdRate"),
            Map.entry("usd-rate-required", "usdRate"),
            Map.entry("usd-rate-out-of-range", "usdRate"),
            Map.entry("unknown-member-state", "contributor.memberState"),
            Map.entry("state-not-participating", "contributor.memberState"),
            Map.entry("unknown-permanent-observer", "contributor.country"),
            Map.entry("contributor-name-required", "contributor.name"));

    /** The API body's constraints the funds' forms word their own way (money in any currency, a date). */
    private static final Map<String, String> MESSAGE_OF_CONSTRAINT = Map.of(
            "Digits", "funds.error.amount",
            "DecimalMin", "funds.error.amount",
            "PastOrPresent", "funds.error.futureDate",
            "CurrencyCode", "funds.error.currency",
            "MemberStateCode", "funds.error.memberState");

    private final FundBooksQuery books;
    private final ThematicAccountQuery accounts;
    private final ContributionCaseReader contributions;
    private final ContributionFiling filing;
    private final TaskInbox tasks;
    private final CaseAccess access;
    private final Validator validator;
    private final FormErrors formErrors;
    private final MessageSource messages;

    public FundsPagesController(FundBooksQuery books, ThematicAccountQuery accounts,
                                ContributionCaseReader contributions, ContributionFiling filing,
                                TaskInbox tasks, CaseAccess access, Validator validator,
                                FormErrors formErrors, MessageSource messages) {
        this.books = books;
        this.accounts = accounts;
        this.contributions = contributions;
        this.filing = filing;
        this.tasks = tasks;
        this.access = access;
        this.validator = validator;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/funds")
    public String books(@RequestParam(name = "account", required = false) String account,
                        @RequestParam(name = "page", defaultValue = "0") int page,
                        @RequestParam(name = "accountsPage", defaultValue = "0") int accountsPage,
                        HttpServletRequest request, Model model) {
        access.require(Capability.READ_FUNDS, "read the fund's books");
        FundBooksQuery.AccountPage accountLines = books.accounts(Math.max(0, accountsPage), ACCOUNTS_PAGE_SIZE);
        Map<String, String> accountNames = accountNames();
        String filter = account != null && accountNames.containsKey(account) ? account : null;
        FundBooksQuery.ContributionPage found = books.contributions(filter, Math.max(0, page), PAGE_SIZE);
        Map<String, ContributionCase> cases = new LinkedHashMap<>();
        found.items().forEach(line -> contributions.read(line.contributionId())
                .ifPresent(c -> cases.put(line.contributionId(), c)));
        model.addAttribute("accountLines", accountLines.items());
        model.addAttribute("accountsPage", accountLines.page());
        model.addAttribute("accountsPages", pages(accountLines.total(), ACCOUNTS_PAGE_SIZE));
        model.addAttribute("unearmarked", books.unearmarked());
        model.addAttribute("accountNames", accountNames);
        model.addAttribute("account", filter);
        model.addAttribute("contributionLines", found.items());
        model.addAttribute("cases", cases);
        model.addAttribute("page", found.page());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", pages(found.total(), PAGE_SIZE));
        model.addAttribute("allocationTasks", tasks.tasksFor(CurrentUser.get().actor(),
                new TaskInbox.TaskFilter(ProposalLifecycleProcess.Elements.TASK_ALLOCATE_FUNDS, null), 0, 5));
        model.addAttribute("mayRecord", access.may(Capability.MANAGE_FUNDS));
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "funds/books :: contributions" : "funds/books";
    }

    // ---- a pledge ----

    @GetMapping("/funds/pledges/new")
    public String newPledge(@RequestParam(name = "account", required = false) String account, Model model,
                            Locale locale) {
        requireFundManager();
        Map<String, List<String>> initial = new LinkedHashMap<>();
        initial.put("pledged.currency", List.of("USD"));
        initial.put("kind", List.of(ContributionKind.CASH.name()));
        if (account != null) {
            initial.put("accountId", List.of(account));
        }
        return pledgeForm(new SubmittedForm(initial, labels("funds.pledge.", locale), formErrors, locale), model);
    }

    @PostMapping("/funds/pledges/new")
    public String pledge(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
                         RedirectAttributes flash, HttpServletResponse response) {
        requireFundManager();
        SubmittedForm form = new SubmittedForm(params, labels("funds.pledge.", locale), formErrors, locale);
        ContributorType type = form.code("contributor.type", ContributorType.class);
        String state = form.text("contributor.memberState");
        String country = form.text("contributor.country");
        ContributionBody body = new ContributionBody(
                type == null ? null : new ContributionBody.ContributorBody(type, state,
                        country == null ? null : country.toUpperCase(Locale.ROOT), form.text("contributor.name")),
                form.text("accountId"), form.code("modality", Modality.class),
                form.code("kind", ContributionKind.class), money(form, "pledged"));
        form.validate(validator, body, path -> path.equals("contributor") ? "contributor.type" : path,
                MESSAGE_OF_CONSTRAINT);
        if (form.errors().isEmpty()) {
            try {
                String id = filing.pledge(body);
                flash.addFlashAttribute("notice", "funds.pledged");
                return "redirect:/contributions/" + id;
            } catch (RuntimeException e) {
                refused(e, form, "funds.pledge.", locale);
            }
        }
        response.setStatus(422);
        return pledgeForm(form, model);
    }

    // ---- a receipt ----

    @GetMapping("/funds/contributions/{id}/receipt")
    public String newReceipt(@PathVariable String id, Model model, Locale locale) {
        requireFundManager();
        ContributionCase contribution = contribution(id);
        Map<String, List<String>> initial = new LinkedHashMap<>();
        initial.put("amount.currency", List.of(contribution.pledged().currency()));
        initial.put("receivedOn", List.of(LocalDate.now().toString()));
        return receiptForm(contribution, new SubmittedForm(initial, labels("funds.receipt.", locale), formErrors,
                locale), model);
    }

    @PostMapping("/funds/contributions/{id}/receipt")
    public String receipt(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
                          Locale locale, RedirectAttributes flash, HttpServletResponse response) {
        requireFundManager();
        ContributionCase contribution = contribution(id);
        SubmittedForm form = new SubmittedForm(params, labels("funds.receipt.", locale), formErrors, locale);
        ReceiptBody body = new ReceiptBody(money(form, "amount"), date(form, "receivedOn", locale),
                form.decimal("usdRate"));
        form.validate(validator, body, Function.identity(), MESSAGE_OF_CONSTRAINT);
        if (form.errors().isEmpty()) {
            try {
                filing.recordReceipt(id, body);
                flash.addFlashAttribute("notice", "funds.received");
                return "redirect:/contributions/" + id;
            } catch (RuntimeException e) {
                refused(e, form, "funds.receipt.", locale);
            }
        }
        response.setStatus(422);
        return receiptForm(contribution, form, model);
    }

    // ---- helpers ----

    /** A refusal by the body's own checks, a missing reference or the fund's rules, at its input; anything else rethrown. */
    private void refused(RuntimeException e, SubmittedForm form, String keys, Locale locale) {
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof InvalidRequestException invalid) {
            String input = invalid.field();
            String key = form.text(input) == null ? "form.error.required"
                    : input.equals("contributor.country") ? "funds.error.notObserver" : "funds.error.notUsed";
            form.reject(input, formErrors.message(key, locale, labels(keys, locale).apply(input)));
        } else if (cause instanceof UnknownReferenceException unknown) {
            form.reject(unknown.field(), formErrors.message("form.error.unknownReference", locale,
                    labels(keys, locale).apply(unknown.field())));
        } else if (cause instanceof DomainRuleViolation violation) {
            String message = messages.getMessage("funds.rule." + violation.rule(), null, null, locale);
            form.reject(INPUT_OF_RULE.get(violation.rule()),
                    message != null ? message : formErrors.ruleMessage(violation, locale));
        } else {
            throw e;
        }
    }

    private static MoneyBody money(SubmittedForm form, String path) {
        var amount = form.decimal(path + ".amount");
        String currency = form.text(path + ".currency");
        if (amount == null && currency == null) {
            return null;
        }
        return new MoneyBody(amount, currency == null ? null : currency.toUpperCase(Locale.ROOT));
    }

    private LocalDate date(SubmittedForm form, String name, Locale locale) {
        String value = form.text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            form.reject(name, formErrors.message("funds.error.date", locale,
                    labels("funds.receipt.", locale).apply(name)));
            return null;
        }
    }

    private ContributionCase contribution(String id) {
        return contributions.read(id).orElseThrow(() -> new NotFoundException("no contribution " + id));
    }

    private Map<String, String> accountNames() {
        Map<String, String> names = new LinkedHashMap<>();
        // the fund has a handful of thematic windows; a select lists them all
        accounts.page(0, 500).items().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    private String pledgeForm(SubmittedForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", form.errors());
        model.addAttribute("formKeys", "funds.pledge.");
        model.addAttribute("contributorTypes", ContributorType.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("kinds", ContributionKind.values());
        model.addAttribute("accountNames", accountNames());
        return "funds/pledge";
    }

    private String receiptForm(ContributionCase contribution, SubmittedForm form, Model model) {
        model.addAttribute("contribution", contribution);
        model.addAttribute("form", form);
        model.addAttribute("errors", form.errors());
        model.addAttribute("formKeys", "funds.receipt.");
        return "funds/receipt";
    }

    private void requireFundManager() {
        access.require(Capability.MANAGE_FUNDS, "record contributions and receipts");
    }

    private Function<String, String> labels(String prefix, Locale locale) {
        return path -> messages.getMessage(prefix + path, null, path, locale);
    }

    private static long pages(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
