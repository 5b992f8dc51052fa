package org.cooperaflow.app.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser asking for an address no page has gets the readable 404 page. Requests of programs (the API, Camunda's
 * REST API, the actuator, the OpenAPI description) are left to their own handlers, which answer problem details.
 * DispatcherServlet asks every resolver bean in order; this one is asked first and declines all else.
 */
@Component
public class PageNotFoundResolver implements HandlerExceptionResolver, Ordered {

    private static final List<String> PROGRAM_PATHS = List.of("/api/", "/engine-rest/", "/actuator/", "/v3/",
            "/swagger-ui", "/camunda/", "/webjars/", "/css/", "/js/");

    private final LayoutModelAdvice layout;

    public PageNotFoundResolver(LayoutModelAdvice layout) {
        this.layout = layout;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        if (!(ex instanceof NoResourceFoundException) || accept == null || !accept.contains("text/html")
                || PROGRAM_PATHS.stream().anyMatch(path::startsWith)) {
            return null;
        }
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        layout.addTo(page.getModel(), request,
                org.springframework.web.servlet.support.RequestContextUtils.getLocale(request));
        return page;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
