package org.cooperaflow.app.web.support;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cooperaflow.domain.fund.api.Contributor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names the templates compose from several parts, in the reader's language ({@code ${@labels.contributor(c)}}). */
@Component("labels")
public class CaseLabels {

    private final MessageSource messages;
    private final ReferenceNames references;

    public CaseLabels(MessageSource messages, ReferenceNames references) {
        this.messages = messages;
        this.references = references;
    }

    /** A member state or permanent observer by its name, any other contributor by the name it gave. */
    public String contributor(Contributor contributor) {
        if (contributor == null) {
            return "";
        }
        return switch (contributor.type()) {
            case MEMBER_STATE -> references.memberState(contributor.memberState());
            case PERMANENT_OBSERVER -> new Locale("", contributor.country()).getDisplayCountry(locale());
            default -> contributor.name();
        };
    }

    /** Outcomes by their names, joined with the language's "or". */
    public String outcomes(List<String> outcomes) {
        Locale locale = locale();
        String or = " " + messages.getMessage("form.or", null, "or", locale) + " ";
        return outcomes.stream().map(o -> messages.getMessage("outcome." + o, null, o, locale))
                .collect(Collectors.joining(or));
    }

    /** Roles (Camunda groups) by their names; a state's officers' group by the state's name. */
    public String roles(List<String> roles) {
        Locale locale = locale();
        return roles.stream().map(role -> role.startsWith("member-state-")
                        ? messages.getMessage("role.member-state.of", new Object[] {
                                references.memberState(role.substring("member-state-".length()))}, role, locale)
                        : messages.getMessage("role." + role, null, role, locale))
                .collect(Collectors.joining(", "));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
