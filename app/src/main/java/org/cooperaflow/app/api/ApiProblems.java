package org.cooperaflow.app.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.cooperaflow.app.config.DatabaseFailures;
import org.cooperaflow.app.http.RequestBodyLimitFilter;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.IllegalTransition;
import org.cooperaflow.workflows.support.CaseChangedConcurrentlyException;
import org.cooperaflow.workflows.support.ProcessChangedConcurrentlyException;
import org.cooperaflow.workflows.tasks.InvalidTaskCompletionException;
import org.cooperaflow.workflows.tasks.JsonInputErrors;
import org.cooperaflow.workflows.tasks.TaskAccessDeniedException;
import org.cooperaflow.workflows.tasks.TaskNotFoundException;
import org.springframework.dao.PessimisticLockingFailureException;
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
        if (ConcurrentChanges.find(ex, RequestBodyLimitFilter.BodyTooLargeException.class) != null) {
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    ConcurrentChanges.find(ex, RequestBodyLimitFilter.BodyTooLargeException.class).getMessage());
            tooLarge.setTitle("Request too large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge);
        }
        JsonInputErrors.Problem problem = JsonInputErrors.describe(ex, "body", "");
        if (problem.field().equals("body")) {
            String detail = ex.getCause() == null ? "The request body is missing or is not readable JSON"
                    : "The request body is not what this request takes: " + problem.message();
            return badRequest(detail, List.of(new FieldProblem("body", problem.message())));
        }
        return badRequest("The request has invalid fields: " + problem.field(),
                List.of(new FieldProblem(problem.field(), problem.message())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return badRequest("Invalid parameter " + ex.getName(),
                List.of(new FieldProblem(ex.getName(), "invalid value '" + ex.getValue() + "'")));
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

    @ExceptionHandler({ConcurrencyException.class, ProcessChangedConcurrentlyException.class,
            CaseChangedConcurrentlyException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> concurrency(RuntimeException ex) {
        return caseChanged(ex);
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<Object> ruleViolation(DomainRuleViolation ex) {
        HttpStatus status = ex instanceof IllegalTransition ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        return problem(status, ex.getMessage(), ex.rule());
    }

    /** A command's failure as the aggregate or the store gave it: answered for what it is, never rethrown. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof DomainRuleViolation violation) {
            return ruleViolation(violation);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return notFound(notFound);
        }
        return unexpected(ex);
    }

    /**
     * A defect, not the caller's fault: logged with its stack, answered without internals. A race that reached
     * the database (a deadlock PostgreSQL broke, a lock it would not wait for, two appends of one sequence) is
     * no defect: the loser is told the case changed.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (ConcurrentChanges.isConcurrentChange(ex)) {
            return caseChanged(ex);
        }
        if (DatabaseFailures.unreachable(ex)) {
            org.slf4j.LoggerFactory.getLogger(ApiProblems.class).warn("Database unavailable: {}", ex.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database cannot be reached; nothing was changed. Try again in a moment");
            problem.setTitle("Service unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
        }
        String reference = java.util.UUID.randomUUID().toString();
        org.slf4j.LoggerFactory.getLogger(ApiProblems.class).error("Unexpected error {}", reference, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. Reference: " + reference);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    private static ResponseEntity<Object> caseChanged(Throwable ex) {
        CaseChangedConcurrentlyException told = ConcurrentChanges.find(ex, CaseChangedConcurrentlyException.class);
        String detail = told != null ? told.getMessage()
                : "The case changed at the same moment through another action; reload it and try again";
        org.slf4j.LoggerFactory.getLogger(ApiProblems.class).info("Concurrent change refused: {}", detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Case changed");
        problem.setProperty("rule", "case-changed");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
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
}
