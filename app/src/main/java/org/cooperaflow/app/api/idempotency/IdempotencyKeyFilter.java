package org.cooperaflow.app.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooperaflow.app.http.RequestBodyLimitFilter;
import org.cooperaflow.app.security.CooperaFlowUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for every request of the API that changes something. The first
 * request with a key (per user) claims it before it runs; its response is stored and given
 * again, without running again, to each repeat with the same method, path and body (the same JSON document,
 * however formatted). A repeat
 * while the first still runs gets 409; the key used for another request gets 422.
 *
 * <p>Which responses are kept: a success, and a server error (the command may have been
 * written before the failure, so running again could write it twice). A client error (4xx)
 * changed nothing: the key is released so that the client can correct the request and retry it.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Marks a response given again from the store. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    private static final Set<String> CHANGING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Writes maps with their keys in order, so that two formattings of one document give the same bytes. */
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final IdempotencyKeys keys;
    private final ObjectMapper objectMapper;

    IdempotencyKeyFilter(IdempotencyKeys keys, ObjectMapper objectMapper) {
        this.keys = keys;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !CHANGING_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!CooperaFlowUser.isSignedIn(authentication)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(request, response, HttpStatus.BAD_REQUEST, "Invalid request",
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters long",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters long");
            return;
        }
        String user = authentication.getName();
        String method = request.getMethod();
        String path = request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestBodyLimitFilter.BodyTooLargeException e) {
            problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", e.getMessage(), null);
            return;
        }
        KeyClaim claim = keys.claim(user, key, method, path, sha256(canonical(body)));
        if (claim instanceof KeyClaim.Answered answered) {
            replay(response, answered.response());
        } else if (claim instanceof KeyClaim.InProgress) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(request, response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this " + HEADER + " is still in progress; retry it in a moment", null);
        } else if (claim instanceof KeyClaim.UsedForAnotherRequest other) {
            problem(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused",
                    "This " + HEADER + " was used for another request (" + other.method() + " " + other.path()
                            + " with another body); use a new key for a new request",
                    "was used for another request");
        } else {
            run(new CachedBodyRequest(request, body), response, chain, user, key);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
                     String key) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            keys.answer(user, key, new StoredResponse(HttpStatus.INTERNAL_SERVER_ERROR.value(),
                    MediaType.APPLICATION_PROBLEM_JSON_VALUE, null, objectMapper.writeValueAsBytes(
                            ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                                    "The request failed; whether it took effect is unknown. Read the resource"
                                            + " before trying again with a new " + HEADER))));
            throw e;
        }
        int status = recorded.getStatus();
        if (status >= 400 && status < 500) {
            keys.release(user, key);
        } else {
            keys.answer(user, key, new StoredResponse(status, recorded.getContentType(),
                    recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray()));
        }
        recorded.copyBodyToResponse();
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                         String detail, String fieldMessage) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (fieldMessage != null) {
            problem.setProperty("errors", List.of(Map.of("field", HEADER, "message", fieldMessage)));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The body as the same JSON document, whatever its formatting: keys sorted, no white space. The same
     * document sent again, reformatted, is the same request. A body that is not JSON is compared as it came.
     */
    private byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            Object document = objectMapper.readValue(body, Object.class);
            return CANONICAL.writeValueAsBytes(document);
        } catch (IOException notJson) {
            return body;
        }
    }

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
