package org.ipnetwork.directory.backend.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public directory is read-only and anonymous (partner keys, CORS and rate limits are the
 * partner filter's): no session, no cookie, no CSRF token. The staff workplace ({@code /admin/**},
 * {@code /api/v1/admin/**}) has a chain of its own, ordered before this one (see the backend's
 * {@code staff} package); everything else is closed. 401/403 answers get the same problem+json
 * shape as every other error; {@link SecurityHeaders} go on every answer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** After the staff chain, which only takes the workplace's paths. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, JsonMapper json) {
    ProblemResponses problems = new ProblemResponses(json);
    return http
        // Never reads or starts a session: a staff member's cookie means nothing here.
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        // Stateless API without cookies: no CSRF token to protect.
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        // CORS is answered per partner key by the partner filter, never by a global policy.
        .cors(ServerHttpSecurity.CorsSpec::disable)
        .headers(
            h ->
                h.frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable)
                    .contentTypeOptions(
                        ServerHttpSecurity.HeaderSpec.ContentTypeOptionsSpec::disable)
                    .writer(new SecurityHeaders()))
        .authorizeExchange(
            a ->
                a.pathMatchers(
                        HttpMethod.GET, "/api/v1/**", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .pathMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**", "/favicon.ico")
                    .permitAll()
                    .pathMatchers(
                        HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    .pathMatchers(HttpMethod.GET, "/embed/v1/**")
                    .permitAll()
                    .pathMatchers(HttpMethod.OPTIONS, "/api/v1/**", "/embed/v1/**")
                    .permitAll()
                    // The one change the public may make: a report that a listing is wrong.
                    .pathMatchers(HttpMethod.POST, "/api/v1/listings/*/corrections")
                    .permitAll()
                    .anyExchange()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (exchange, ex) ->
                            problems.write(
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                ProblemTypes.UNAUTHORIZED,
                                "Authentication required",
                                "This resource needs a signed-in staff member."))
                    .accessDeniedHandler(
                        (exchange, ex) ->
                            problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                ProblemTypes.FORBIDDEN,
                                "Forbidden",
                                "You may not do this.")))
        .build();
  }
}
