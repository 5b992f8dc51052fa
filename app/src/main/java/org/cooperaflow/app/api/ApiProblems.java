package org.cooperaflow.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.IllegalTransition;
import org.cooperaflow.workflows.tasks.InvalidTaskCompletionException;
import org.cooperaflow.workflows.tasks.TaskAccessDeniedException;
import org.cooperaflow.workflows.tasks.TaskNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457). Bad input is a 400
 * with the list of fields and what is wrong with each; a refused business rule is a 422 with
 * the rule's name; a step the case's stage does not allow is a 409.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    /** One wrong field of a request. */
    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldProblem::field));
        return badRequest("The request has invalid fields: " + errors.stream().map(FieldProblem::field)
                .distinct().collect(Collectors.joining(", ")), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return badRequest("The request has invalid parameters", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message;
            if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                message = "'" + invalid.getValue() + "' is not one of "
                        + Arrays.toString(invalid.getTargetType().getEnumConstants());
            } else if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
                message = invalid.getOriginalMessage();
            } else if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
                message = "expected " + expected(invalid.getTargetType());
            } else if (cause instanceof UnrecognizedPropertyException) {
                message = "unknown field";
            } else if (cause instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = "expected " + expected(mismatched.getTargetType());
            } else {
                message = mapping.getOriginalMessage();
            }
            return badRequest("The request has invalid fields: " + field, List.of(new FieldProblem(field, message)));
        }
        String detail = cause instanceof MismatchedInputException
                ? "The request body must be a JSON object"
                : cause instanceof JsonProcessingException json
                ? "Malformed JSON: " + json.getOriginalMessage()
                : "The request body is missing or is not readable JSON";
        // no field to blame: the body as a whole is what the client must fix
        return badRequest(detail, List.of(new FieldProblem("body", detail)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return badRequest("Invalid parameter " + ex.getName(),
                List.of(new FieldProblem(ex.getName(), "invalid value '" + ex.getValue() + "'")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        // a parameter's path starts with its method's name (needs.sdg): the client knows only the parameter
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(parameterName(v.getPropertyPath()), v.getMessage())).toList();
        return badRequest("The request has invalid fields", errors);
    }

    @ExceptionHandler(InvalidTaskCompletionException.class)
    ResponseEntity<Object> invalidCompletion(InvalidTaskCompletionException ex) {
        List<FieldProblem> errors = ex.fieldErrors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FieldProblem(e.getKey(), e.getValue())).toList();
        return badRequest(ex.getMessage(), errors);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
        return badRequest(ex.getMessage(), List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(UnknownReferenceException.class)
    ResponseEntity<Object> unknownReference(UnknownReferenceException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setTitle("Unknown reference");
        problem.setProperty("rule", "unknown-reference");
        problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler({TaskNotFoundException.class, AggregateNotFoundException.class, NotFoundException.class})
    ResponseEntity<Object> notFound(RuntimeException ex) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage(), null);
    }

    @ExceptionHandler({TaskAccessDeniedException.class, AccessDeniedException.class})
    ResponseEntity<Object> forbidden(RuntimeException ex) {
        return problem(HttpStatus.FORBIDDEN, ex.getMessage(), null);
    }

    @ExceptionHandler({ConcurrencyException.class, OptimisticLockingException.class})
    ResponseEntity<Object> concurrency(RuntimeException ex) {
        return problem(HttpStatus.CONFLICT, "The case was changed at the same time; reload it and try again", null);
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<Object> ruleViolation(DomainRuleViolation ex) {
        HttpStatus status = ex instanceof IllegalTransition ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        return problem(status, ex.getMessage(), ex.rule());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof DomainRuleViolation violation) {
            return ruleViolation(violation);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return notFound(notFound);
        }
        throw ex;
    }

    /** A defect, not the caller's fault: logged with its stack, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        String reference = java.util.UUID.randomUUID().toString();
        org.slf4j.LoggerFactory.getLogger(ApiProblems.class).error("Unexpected error {}", reference, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. Reference: " + reference);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    private static ResponseEntity<Object> badRequest(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        return ResponseEntity.status(status).body(problem);
    }

    /** What a client should have sent, in JSON's words rather than Java's. */
    private static String expected(Class<?> type) {
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2026-11-01";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "a date and time such as 2026-11-01T09:00:00Z";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class) {
            return "a decimal number such as \"150000.00\"";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a value of type " + type.getSimpleName();
    }

    private static String parameterName(jakarta.validation.Path path) {
        String name = null;
        for (jakarta.validation.Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? path.toString() : name;
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
