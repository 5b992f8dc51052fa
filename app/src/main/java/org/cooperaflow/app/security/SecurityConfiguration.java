package org.cooperaflow.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.cooperaflow.domain.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what. The API speaks HTTP Basic and answers 401/403 as problem details; pages
 * use form login. Camunda's REST API and webapps (Cockpit, Tasklist, Admin) are for
 * {@code admin} only.
 *
 * <p>The API never reads the session: a browser signed in to the pages that is lured to another site cannot be
 * made to call the API with its cookie (cross-site request forgery). Each API request carries its own
 * credentials; the pages' forms carry CSRF tokens, and the session cookie is {@code SameSite=Lax}.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        path("/api/**"), path("/engine-rest/**"), path("/actuator/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**"),
                                path("/actuator/info")).permitAll()
                        .requestMatchers(path("/actuator/**")).hasRole(Role.ADMIN.id())
                        .requestMatchers(path("/engine-rest/**")).hasRole(Role.ADMIN.id())
                        .requestMatchers(path("/api/catalog/**")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(objectMapper, response, HttpStatus.UNAUTHORIZED,
                                "Sign in with HTTP Basic to use the API", request.getRequestURI())))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(objectMapper, response, HttpStatus.FORBIDDEN,
                                "Your roles do not allow this request", request.getRequestURI())))
                // credentials on every request, never the session: no cookie alone reaches the API
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/camunda/**")).hasRole(Role.ADMIN.id())
                        .requestMatchers("/login", "/error", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        // the needs catalog is public, as its API is
                        .requestMatchers("/catalog").permitAll()
                        .anyRequest().authenticated())
                // the pages' own sign-in page, in the reader's language; the password is checked once, then the
                // session carries the user (no hash per request)
                .formLogin(form -> form.loginPage("/login").permitAll())
                // signing out is a POST with the CSRF token (a link could be followed by another site)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                // a page the roles forbid is the readable 403 page (templates/error/403.html) through /error
                .exceptionHandling(ex -> ex.accessDeniedHandler(new AccessDeniedHandlerImpl()))
                // Camunda's webapps bring their own CSRF protection; every page's form carries the token
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")));
        return http.build();
    }

    /**
     * Matches on the request's path within the application, whichever servlet serves it: MVC
     * matchers would miss Camunda's REST API and webapps, which are not Spring MVC.
     */
    private static RequestMatcher path(String pattern) {
        PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
        return request -> parsed.matches(PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length())));
    }

    private static void problem(ObjectMapper objectMapper, HttpServletResponse response, HttpStatus status,
                                String detail, String path) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CooperaFlow\"");
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
