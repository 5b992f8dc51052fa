package org.cooperaflow.app.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

/** Puts the idempotency filter on the API, after Spring Security's filters: a key belongs to the signed-in user. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotencyKeys keys, ObjectMapper objectMapper) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyKeyFilter(keys, objectMapper));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Shows the header on every POST and PUT of the OpenAPI document, where clients look for it. */
    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.hasMethodAnnotation(PostMapping.class) || handlerMethod.hasMethodAnnotation(PutMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyKeyFilter.HEADER).required(false)
                        .schema(new StringSchema().maxLength(IdempotencyKeyFilter.MAX_KEY_LENGTH))
                        .description("Repeating the request with the same key gives the first answer again,"
                                + " without doing it twice"));
            }
            return operation;
        };
    }
}
