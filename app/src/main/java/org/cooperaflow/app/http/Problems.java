package org.cooperaflow.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** A problem response (RFC 9457) written by a filter, before Spring MVC's handlers could. */
public final class Problems {

    private Problems() {
    }

    public static void write(ObjectMapper objectMapper, HttpServletResponse response, HttpStatus status, String title,
                             String detail, Map<String, String> fieldError) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (fieldError != null) {
            problem.setProperty("errors", List.of(fieldError));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
