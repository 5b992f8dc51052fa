package org.cooperaflow.app.web.support;

import jakarta.servlet.http.HttpServletRequest;

/** What htmx tells the server about a request it makes. */
public final class Htmx {

    private Htmx() {
    }

    /** The request comes from htmx and wants a fragment, not a whole page. */
    public static boolean isRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** A boosted link or form: htmx wants the whole page. */
    public static boolean isBoosted(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Boosted"));
    }
}
