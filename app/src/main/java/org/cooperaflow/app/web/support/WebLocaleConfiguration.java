package org.cooperaflow.app.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak the OAS's four official languages. The language is the one chosen with the header's switch
 * ({@code ?lang=es}, kept in a cookie), otherwise the browser's best match among the four, otherwise English.
 */
@Configuration
public class WebLocaleConfiguration implements WebMvcConfigurer {

    /** English, Spanish, French and Portuguese, in the order the switch shows them. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.FRENCH, Locale.forLanguageTag("pt"));

    public static final String LANGUAGE_COOKIE = "cooperaflow-lang";

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(WebLocaleConfiguration::bestMatch);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // the API speaks JSON's words, not the pages' languages
        registry.addInterceptor(change).addPathPatterns("/**").excludePathPatterns("/api/**");
    }

    /** The browser's most preferred language that the pages speak, or English. */
    static Locale bestMatch(HttpServletRequest request) {
        var preferences = java.util.Collections.list(request.getLocales());
        for (Locale wanted : preferences) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(wanted.getLanguage())) {
                    return language;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Only the four languages: a cookie or switch naming another falls back to the browser's best match. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                     org.springframework.context.i18n.LocaleContext localeContext) {
            Locale locale = localeContext == null ? null : localeContext.getLocale();
            if (locale != null && LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
                return;
            }
            Locale plain = locale == null ? null : Locale.forLanguageTag(locale.getLanguage());
            super.setLocaleContext(request, response,
                    plain == null ? null : new org.springframework.context.i18n.SimpleLocaleContext(plain));
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale resolved = super.resolveLocale(request);
            return LANGUAGES.stream().filter(l -> l.getLanguage().equals(resolved.getLanguage())).findFirst()
                    .orElseGet(() -> bestMatch(request));
        }
    }
}
