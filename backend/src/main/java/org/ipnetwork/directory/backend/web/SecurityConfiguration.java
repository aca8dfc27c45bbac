package org.ipnetwork.directory.backend.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public directory is anonymous (partner keys, CORS and rate limits are the partner filter's):
 * no session, no cookie, no CSRF token, no sign-in. The staff workplace ({@code /admin/**}, {@code
 * /api/v1/admin/**}) has a chain of its own, ordered before this one (see the backend's {@code
 * staff} package). Its one write is the correction report; every other route answers GET and HEAD
 * only (405 otherwise, from the routes themselves). {@link SecurityHeaders} go on every answer, and
 * requests the firewall refuses ({@code %2f}, {@code %00}, {@code ;} in the path) get a
 * problem+json 400 with them ({@link RejectedRequests}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Used by Spring Security's filter chain proxy for every request its firewall refuses. */
  @Bean
  ServerExchangeRejectedHandler rejectedRequests(JsonMapper json) {
    return new RejectedRequests(new ProblemResponses(json));
  }

  /** After the staff chain, which only takes the workplace's paths. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
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
        // Nothing here is behind a sign-in (the workplace has its own chain): what is served is
        // what the routes serve, so an unknown path is a 404 and a wrong method a 405, like any
        // other answer, not a 401 that asks for credentials nobody could give.
        .authorizeExchange(a -> a.anyExchange().permitAll())
        .build();
  }
}
