package org.cooperaflow.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.cooperaflow.domain.access.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what. The API speaks HTTP Basic (and bearer tokens when an identity provider is configured) and
 * answers 401/403 as problem details; pages use form login and a session kept in PostgreSQL. Camunda's REST API and
 * webapps (Cockpit, Tasklist, Admin) are for {@code admin} only.
 *
 * <p>The API never reads the session: a browser signed in to the pages that is lured to another site cannot be
 * made to call the API with its cookie (cross-site request forgery). Each API request carries its own
 * credentials; the pages' forms carry CSRF tokens, and the session cookie is {@code SameSite=Lax}.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    /** A request attribute: the 403 page was reached by a form whose CSRF token no longer holds. */
    public static final String FORM_EXPIRED = "cooperaflow.formExpired";

    /**
     * With Actuator's registry present, Spring Security observes every filter of every request, each an observation
     * of its own with its timers: 6 to 9 % of the samples of {@code GET /api/proposals/{id}} went to it (ADR 0033). The
     * requests stay observed as {@code http.server.requests}, and each authentication as Spring Security's own.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).shouldObserveAuthorizations(false)
                .shouldObserveAuthentications(true).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The one way users are signed in, for the API's HTTP Basic and the pages' form alike: the user directory and
     * the password's hash, checked once per credential and then remembered for a few minutes (see the class).
     */
    @Bean
    CachedCredentialsAuthenticationProvider authenticationProvider(
            UserDirectory users, PasswordEncoder passwordEncoder,
            @Value("${cooperaflow.security.credential-cache.time-to-live:PT5M}") Duration timeToLive,
            @Value("${cooperaflow.security.credential-cache.maximum-size:10000}") long maximumSize) {
        return new CachedCredentialsAuthenticationProvider(users, passwordEncoder, timeToLive, maximumSize);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper, ObjectProvider<JwtDecoder> jwtDecoder,
                                    BearerTokenUsers bearerTokenUsers) throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        path("/api/**"), path("/engine-rest/**"), path("/actuator/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**"),
                                path("/actuator/info")).permitAll()
                        .requestMatchers(path("/actuator/**")).hasRole(Role.ADMIN.id())
                        .requestMatchers(path("/engine-rest/**")).hasRole(Role.ADMIN.id())
                        .requestMatchers(path("/api/catalog/**")).permitAll()
                        // the IATI export is open data
                        .requestMatchers(request -> "GET".equals(request.getMethod())
                                && path("/api/export/iati/**").matches(request)).permitAll()
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
        // bearer tokens of the agency's identity provider, when one is configured (spring.security.oauth2.
        // resourceserver.jwt.issuer-uri or jwk-set-uri): Spring Boot builds the decoder that checks them
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(bearerTokenUsers))
                    .authenticationEntryPoint((request, response, e) -> {
                        challenge.commence(request, response, e);
                        problem(objectMapper, response, HttpStatus.UNAUTHORIZED,
                                "The bearer token was refused: " + e.getMessage(), request.getRequestURI());
                    }));
        }
        return http.build();
    }

    /** Who a bearer token's claims say the user is (see the class); the claim names are configuration. */
    @Bean
    BearerTokenUsers bearerTokenUsers(
            @Value("${cooperaflow.security.jwt.username-claim:preferred_username}") String usernameClaim,
            @Value("${cooperaflow.security.jwt.roles-claim:roles}") String rolesClaim,
            @Value("${cooperaflow.security.jwt.member-state-claim:member_state}") String memberStateClaim) {
        return new BearerTokenUsers(usernameClaim, rolesClaim, memberStateClaim);
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
                // a form whose CSRF token no longer holds (the session ended, the page was open too long) says so
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof CsrfException) {
                        request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
                    }
                    new AccessDeniedHandlerImpl().handle(request, response, denied);
                }))
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
        if (status == HttpStatus.UNAUTHORIZED && !response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CooperaFlow\"");
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
