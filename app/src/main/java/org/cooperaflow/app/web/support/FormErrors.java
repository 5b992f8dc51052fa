package org.cooperaflow.app.web.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.cooperaflow.app.http.PlainText;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's problems as the pages show them: each at the field it names, all of them in the error summary. A refused
 * domain rule is shown in the reader's language when the bundles know it ({@code rule.<name>}), otherwise in the
 * domain's own words.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    public FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The errors of one form, in the order they were found, each field once. */
    public static final class Collected {

        private final Map<String, String> byField = new LinkedHashMap<>();
        private final List<FormError> general = new ArrayList<>();

        public void add(String field, String message) {
            if (field == null) {
                general.add(new FormError(null, message));
            } else {
                byField.merge(field, message, (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
        }

        public boolean isEmpty() {
            return byField.isEmpty() && general.isEmpty();
        }

        public boolean has(String field) {
            return byField.containsKey(field);
        }

        /** The message beside a field, or null. */
        public Map<String, String> byField() {
            return byField;
        }

        /** For the error summary: the whole form's problems first, then each field's. */
        public List<FormError> summary() {
            List<FormError> all = new ArrayList<>(general);
            byField.forEach((field, message) -> all.add(new FormError(field, message)));
            return all;
        }
    }

    /** The message of a refused rule in the reader's language, or the domain's. */
    /**
     * Takes a case's step from a page's button: the notice when it is taken, the rule's words when the case refuses it,
     * both for the page the caller redirects to. Any other failure is not the user's and goes on.
     */
    public void step(Runnable action, String notice, Locale locale, RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (DomainRuleViolation e) {
            flash.addFlashAttribute("problemText", ruleMessage(e, locale));
        } catch (CommandExecutionException e) {
            if (!(e.getCause() instanceof DomainRuleViolation violation)) {
                throw e;
            }
            flash.addFlashAttribute("problemText", ruleMessage(violation, locale));
        }
    }

    public String ruleMessage(DomainRuleViolation violation, Locale locale) {
        return messages.getMessage("rule." + violation.rule(), null, violation.getMessage(), locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Why a typed text is refused ({@link PlainText}), in the reader's language. */
    public String plainTextMessage(PlainText.Problem problem, Locale locale) {
        return message(problem == PlainText.Problem.CONTROL_CHARACTER ? "form.error.controlCharacters"
                : "form.error.loneSurrogate", locale);
    }
}
