package org.cooperaflow.app.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.security.CooperaFlowUser;
import org.cooperaflow.app.security.SecurityConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout shows on every page (and on the error pages): the signed-in user with their roles and member
 * state, the navigation their roles allow, the language switch, the current path, and the CSRF token for htmx.
 */
@ControllerAdvice(basePackages = "org.cooperaflow.app.web", assignableTypes = BasicErrorController.class)
public class LayoutModelAdvice {

    /** A language of the switch: its tag and its own name. */
    public record Language(String tag, String name, boolean current) {
    }

    private final Navigation navigation;

    public LayoutModelAdvice(Navigation navigation) {
        this.navigation = navigation;
    }

    /** The signed-in user, or null on a page seen before signing in. */
    @ModelAttribute("currentUser")
    public CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!CooperaFlowUser.isSignedIn(authentication)) {
            return null;
        }
        return CurrentUser.get();
    }

    @ModelAttribute("navigation")
    public List<Navigation.Item> navigation() {
        CurrentUser user = currentUser();
        return user == null ? List.of() : navigation.itemsFor(user.requester());
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }

    /** Whether the 403 page was reached by a form whose CSRF token no longer holds (it then says so). */
    @ModelAttribute("formExpired")
    public boolean formExpired(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SecurityConfiguration.FORM_EXPIRED));
    }

    @ModelAttribute("languages")
    public List<Language> languages(Locale locale) {
        return WebLocaleConfiguration.LANGUAGES.stream()
                .map(l -> new Language(l.getLanguage(), capitalised(l.getDisplayLanguage(l), l),
                        l.getLanguage().equals(locale.getLanguage())))
                .toList();
    }

    /** {@code {"X-CSRF-TOKEN": "..."}}: htmx sends it with every request it makes (hx-headers on the body). */
    @ModelAttribute("htmxHeaders")
    public String htmxHeaders(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return "{}";
        }
        return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
    }

    /** The same attributes, for a page rendered where Spring does not ask this advice (an exception handler). */
    public void addTo(java.util.Map<String, Object> model, HttpServletRequest request, Locale locale) {
        model.put("currentUser", currentUser());
        model.put("navigation", navigation());
        model.put("currentPath", currentPath(request));
        model.put("formExpired", formExpired(request));
        model.put("languages", languages(locale));
        model.put("htmxHeaders", htmxHeaders(request));
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
