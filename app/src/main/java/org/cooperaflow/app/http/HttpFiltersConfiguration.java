package org.cooperaflow.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The guards every request passes before security and routing: a plain path, a bounded body. */
@Configuration(proxyBeanMethods = false)
public class HttpFiltersConfiguration {

    @Bean
    FilterRegistrationBean<RequestPathGuardFilter> requestPathGuard(ObjectMapper objectMapper) {
        FilterRegistrationBean<RequestPathGuardFilter> registration =
                new FilterRegistrationBean<>(new RequestPathGuardFilter(objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(ObjectMapper objectMapper,
            @Value("${cooperaflow.http.max-body-size:1MB}") DataSize maxBodySize) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(objectMapper, maxBodySize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
