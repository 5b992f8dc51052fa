package org.cooperaflow.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit ({@code cooperaflow.http.max-body-size}, 1 MB) with 413: a
 * declared length at once, a chunked body as soon as it passes the limit. The largest legitimate body, a proposal
 * with every field at its maximum, is a few hundred kilobytes. Camunda's operator consoles are not limited.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;
    private final long maxBytes;

    public RequestBodyLimitFilter(ObjectMapper objectMapper, long maxBytes) {
        this.objectMapper = objectMapper;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        Problems.write(objectMapper, response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                "The request body is larger than " + maxBytes + " bytes, the most this service takes",
                Map.of("field", "body", "message", "must be at most " + maxBytes + " bytes"));
    }

    /** Thrown when a body without a declared length passes the limit; the API answers 413. */
    public static class BodyTooLargeException extends IOException {

        public BodyTooLargeException(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes, the most this service takes");
        }
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream limited;

        LimitedBodyRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
