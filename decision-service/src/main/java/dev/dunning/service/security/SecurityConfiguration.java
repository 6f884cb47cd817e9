package dev.dunning.service.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * A stateless API: billing systems authenticate with an API key ({@code X-API-Key}), people with HTTP Basic. Roles:
 * BILLING calls decisions, which ANALYST, REVIEWER and AUDITOR read; ANALYST uploads, validates and submits rule-set
 * versions, REVIEWER approves, rejects and activates them, and ANALYST, REVIEWER and AUDITOR read them; ADMIN may do
 * all of it (the four-eyes rule still applies). AUDITOR searches, exports, verifies and replays the decision log,
 * and only AUDITOR may export it unmasked; ADMIN may do the rest and purge what is past retention. BILLING records
 * what happened to planned contacts, which BILLING and AUDITOR read, and runs CSV batch jobs. ANALYST and REVIEWER
 * run simulations and shadow mode. Health, metrics and the OpenAPI documents are open so that platforms can probe and
 * scrape the service. Basic logins are cached briefly and locked after repeated failures ({@link BoundedBasicAuthentication}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, SecuritySettings settings) throws Exception {
        return http
                .addFilterBefore(new ApiKeyAuthentication(settings.allApiKeys(), problems.unauthenticated()),
                        BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions/**").hasAnyRole("BILLING", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/echo").hasAnyRole("BILLING", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions/**")
                        .hasAnyRole("BILLING", "ANALYST", "REVIEWER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/rulesets/*/approve", "/api/v1/rulesets/*/reject",
                                "/api/v1/rulesets/*/activate")
                        .hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/rulesets/**").hasAnyRole("ANALYST", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/rulesets/**")
                        .hasAnyRole("ANALYST", "REVIEWER", "AUDITOR", "ADMIN")
                        .requestMatchers("/api/v1/simulations", "/api/v1/simulations/**", "/api/v1/shadow")
                        .hasAnyRole("ANALYST", "REVIEWER", "ADMIN")
                        .requestMatchers("/api/v1/batch/jobs", "/api/v1/batch/jobs/**").hasAnyRole("BILLING", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/contacts/*/events").hasAnyRole("BILLING", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/contacts", "/api/v1/contacts/**")
                        .hasAnyRole("BILLING", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/audit/purge").hasRole("ADMIN")
                        .requestMatchers("/api/v1/audit/export").access(AuditorsOnlyUnmasked.RULE)
                        .requestMatchers("/api/v1/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way people log in: the configured users (and the demo users of the profile {@code demo}), at a bounded cost. */
    @Bean
    AuthenticationProvider basicAuthentication(SecuritySettings settings, PasswordEncoder encoder, Clock clock,
                                               MeterRegistry meters) {
        if (settings.demo()) {
            log.warn("Demo users and the demo API key are on (profile demo): for trying the service only, never with real data");
        }
        var users = new InMemoryUserDetailsManager(settings.allUsers().stream()
                .map(u -> User.withUsername(u.name()).password(u.password()).roles(u.roles().toArray(String[]::new)).build())
                .toList());
        return new BoundedBasicAuthentication(users, encoder, settings.authentication(), clock, meters);
    }
}
