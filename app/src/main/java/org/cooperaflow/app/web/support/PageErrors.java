package org.cooperaflow.app.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.workflows.tasks.TaskAccessDeniedException;
import org.cooperaflow.workflows.tasks.TaskNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' errors as pages, never as JSON or a stack trace: a case the user may not see, or that does not exist, is
 * the 404 page; a step their roles do not allow is the 403 page; anything else is the 500 page with a reference to
 * the log. Asked before the API's problem handler, for the pages' controllers only.
 */
@ControllerAdvice(basePackages = "org.cooperaflow.app.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final LayoutModelAdvice layout;

    public PageErrors(LayoutModelAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler({NotFoundException.class, TaskNotFoundException.class, AggregateNotFoundException.class})
    public ModelAndView notFound(RuntimeException e, HttpServletRequest request, Locale locale) {
        log.debug("Page not found: {}", e.getMessage());
        return page("error/404", HttpStatus.NOT_FOUND, request, locale);
    }

    @ExceptionHandler({AccessDeniedException.class, TaskAccessDeniedException.class})
    public ModelAndView forbidden(RuntimeException e, HttpServletRequest request, Locale locale) {
        log.debug("Page forbidden: {}", e.getMessage());
        return page("error/403", HttpStatus.FORBIDDEN, request, locale);
    }

    @ExceptionHandler(Exception.class)
    public ModelAndView unexpected(Exception e, HttpServletRequest request, Locale locale) {
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof org.springframework.beans.TypeMismatchException) {
            // a malformed request (a wrong method, a missing or malformed parameter): the error page with its status
            HttpStatus status = e instanceof org.springframework.web.ErrorResponse response
                    ? HttpStatus.resolve(response.getStatusCode().value()) : HttpStatus.BAD_REQUEST;
            status = status == null ? HttpStatus.BAD_REQUEST : status;
            log.debug("Page request refused ({}): {}", status.value(), e.getMessage());
            ModelAndView page = page(status == HttpStatus.NOT_FOUND ? "error/404" : "error", status, request, locale);
            page.addObject("status", status.value());
            return page;
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error on page {} {}", request.getRequestURI(), reference, e);
        ModelAndView page = page("error/500", HttpStatus.INTERNAL_SERVER_ERROR, request, locale);
        page.addObject("reference", reference);
        return page;
    }

    private ModelAndView page(String view, HttpStatus status, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        layout.addTo(page.getModel(), request, locale);
        return page;
    }
}
