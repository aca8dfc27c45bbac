package org.ipnetwork.directory.backend.web;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public directory is read-only and anonymous (partner keys, CORS and rate limits are the
 * partner filter's); everything else (staff maintenance comes later) is closed. 401/403 answers get
 * the same problem+json shape as every other error; {@link SecurityHeaders} go on every answer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, JsonMapper json) {
    return http
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
                    .anyExchange()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (exchange, ex) ->
                            problem(
                                json,
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                ProblemTypes.UNAUTHORIZED,
                                "Authentication required",
                                "This resource needs a signed-in staff member."))
                    .accessDeniedHandler(
                        (exchange, ex) ->
                            problem(
                                json,
                                exchange,
                                HttpStatus.FORBIDDEN,
                                ProblemTypes.FORBIDDEN,
                                "Forbidden",
                                "You may not do this.")))
        .build();
  }

  private static Mono<Void> problem(
      JsonMapper json,
      ServerWebExchange exchange,
      HttpStatus status,
      URI type,
      String title,
      String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    var response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = json.writeValueAsBytes(problem);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }
}
