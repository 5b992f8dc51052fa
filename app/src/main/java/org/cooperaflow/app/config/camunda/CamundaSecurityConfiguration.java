package org.cooperaflow.app.config.camunda;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Hands the Spring Security user to the Camunda engine and webapps; both filters run after Spring Security's. */
@Configuration(proxyBeanMethods = false)
public class CamundaSecurityConfiguration {

    @Bean
    FilterRegistrationBean<CamundaAuthenticationFilter> camundaAuthenticationFilter(IdentityService identityService) {
        FilterRegistrationBean<CamundaAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new CamundaAuthenticationFilter(identityService));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityCamundaAuthenticationProvider.class.getName()));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }
}
