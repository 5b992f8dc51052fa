package org.cooperaflow.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose path is not written the one plain way (400), before anything routes it: a path
 * parameter ({@code /engine-rest;a=b}), a percent-encoded character that needs no encoding ({@code /%65ngine-rest}),
 * a dot segment ({@code /api/../engine-rest}), an empty segment or a backslash. Such paths mean the same resource
 * to one layer and another to the next (the servlet container decodes, the security rules match the raw path),
 * which is how access rules are bypassed; none of our clients writes them. Each refusal is one WARN line, with
 * no stack trace, so a scanner cannot flood the log.
 */
public class RequestPathGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestPathGuardFilter.class);
    /** Unreserved characters (RFC 3986), '/', '\', '%' and ';' have no business being percent-encoded in a path. */
    private static final Pattern NEEDLESS_ENCODING = Pattern.compile(
            "%(?i:[46][1-9a-f]|[57][0-9a]|3[0-9]|2[d-f]|5f|7e|5c|25|3b)");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

    private final ObjectMapper objectMapper;

    public RequestPathGuardFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reason = malformation(request.getRequestURI());
        if (reason != null) {
            log.warn("Refused request path with {}: {} {} from {}", reason, request.getMethod(),
                    printable(request.getRequestURI()), request.getRemoteAddr());
            Problems.write(objectMapper, response, HttpStatus.BAD_REQUEST, "Malformed path",
                    "The request path has " + reason + "; write the path without it", null);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the raw (undecoded) path, or null when it is plain. */
    static String malformation(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return null;
        }
        if (rawPath.indexOf(';') >= 0) {
            return "a path parameter (';')";
        }
        if (rawPath.indexOf('\\') >= 0) {
            return "a backslash";
        }
        if (NEEDLESS_ENCODING.matcher(rawPath).find()) {
            return "a percent-encoded character that needs no encoding";
        }
        if (DOT_SEGMENT.matcher(rawPath).find()) {
            return "a '.' or '..' segment";
        }
        if (rawPath.contains("//")) {
            return "an empty segment ('//')";
        }
        return null;
    }

    private static String printable(String path) {
        String shortened = path.length() > 200 ? path.substring(0, 200) + "..." : path;
        return shortened.replaceAll("[\\p{Cntrl}]", "?");
    }
}
