package com.tmip.portal;

import com.tmip.config.TmipProperties;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sign-in and who may open what: every page but the sign-in page needs a signed-in user; the finance pages and the
 * accounts upload need an Employee. Forms carry a CSRF token; the session cookie is HttpOnly and SameSite (see
 * application.properties); pages carry a Content-Security-Policy that allows nothing but this server's own files.
 * Whether a user may see a given run, case or certificate is checked by each page ({@link PortalUser#canSee}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class PortalSecurity implements WebMvcConfigurer {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/portal.css", "/portal.js", "/favicon.svg", "/error").permitAll()
                        .requestMatchers("/finance/**", "/accounts/**").hasRole(Role.EMPLOYEE.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(successHandler(throttle))
                        .failureHandler(failureHandler(throttle)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?out")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** A failed sign-in counts against the username, locked or not; the page says which it was. */
    private static AuthenticationFailureHandler failureHandler(LoginThrottle throttle) {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            boolean locked = throttle.locked(username);
            throttle.failed(username);
            response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
        };
    }

    private static AuthenticationSuccessHandler successHandler(LoginThrottle throttle) {
        return (request, response, authentication) -> {
            throttle.succeeded(authentication.getName());
            response.sendRedirect(request.getContextPath() + "/");
        };
    }

    /**
     * Uploads are streamed to files under the upload folder as they arrive (nothing is held in memory); a request
     * larger than {@code tmip.portal.max-upload-size} is refused (see {@link PortalErrors}).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(TmipProperties properties) throws IOException {
        Path incoming = Path.of(properties.portal().uploadDir()).toAbsolutePath().resolve(".incoming");
        Files.createDirectories(incoming);
        long max = properties.portal().maxUploadSize().toBytes();
        return new MultipartConfigElement(incoming.toString(), max, max, 0);
    }

    /** Runs before the security filters, which read the form's fields. */
    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(TmipProperties properties) {
        FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
                new UploadSizeFilter(properties.portal().maxUploadSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NoAccountInterceptor()).excludePathPatterns("/login", "/logout", "/no-account",
                "/portal.css", "/portal.js", "/favicon.svg", "/error");
    }
}
