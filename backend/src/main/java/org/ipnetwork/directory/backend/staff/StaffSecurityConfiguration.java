package org.ipnetwork.directory.backend.staff;

import java.util.List;
import org.ipnetwork.directory.backend.web.ProblemResponses;
import org.ipnetwork.directory.backend.web.ProblemTypes;
import org.ipnetwork.directory.backend.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff workplace's security chain, on {@code /admin/**} and {@code /api/v1/admin/**} only,
 * before the public chain: sessions ({@link StaffSessions}), CSRF protection of every change
 * (sign-in included), 401/403 as problem+json on the API and a redirect to the sign-in page on
 * pages. Which role may do what is not here but in {@link StaffAccess}. A path under {@code
 * /api/v1/admin/} that no route serves is a 401 too before sign-in: the workplace does not tell
 * strangers which of its routes exist.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

  static final String SIGN_IN_PAGE = "/admin/sign-in";

  /**
   * The double-submit CSRF token: a cookie the page's script reads ({@code XSRF-TOKEN}, so not
   * HttpOnly; it is no credential) and sends back in {@code X-XSRF-TOKEN}. Another site can make
   * the browser send the cookie but cannot read it to set the header.
   */
  @Bean
  ServerCsrfTokenRepository staffCsrfTokens() {
    CookieServerCsrfTokenRepository tokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieCustomizer(c -> c.sameSite("Lax"));
    return tokens;
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityWebFilterChain staffWebFilterChain(
      ServerHttpSecurity http,
      StaffSessions sessions,
      ServerCsrfTokenRepository staffCsrfTokens,
      JsonMapper json) {
    ProblemResponses problems = new ProblemResponses(json);
    ServerWebExchangeMatcher api =
        ServerWebExchangeMatchers.pathMatchers("/api/v1/admin", "/api/v1/admin/**");
    return http.securityMatcher(
            ServerWebExchangeMatchers.pathMatchers(
                "/api/v1/admin", "/api/v1/admin/**", "/admin", "/admin/**"))
        .securityContextRepository(sessions)
        // The plain handler: the page sends the cookie's value as it is (no BREACH masking, which
        // only matters for tokens inside compressed HTML, and the API answers are not compressed).
        .csrf(
            c ->
                c.csrfTokenRepository(staffCsrfTokens)
                    .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                    .accessDeniedHandler(csrfRefused(problems)))
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        // Signing out is DELETE /api/v1/admin/session.
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        // Remembering the page asked for would start a session for every anonymous visitor.
        .requestCache(r -> r.requestCache(NoOpServerRequestCache.getInstance()))
        .cors(ServerHttpSecurity.CorsSpec::disable)
        .headers(
            h ->
                h.frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable)
                    .contentTypeOptions(
                        ServerHttpSecurity.HeaderSpec.ContentTypeOptionsSpec::disable)
                    .writer(new SecurityHeaders()))
        .authorizeExchange(
            a ->
                a.pathMatchers(HttpMethod.POST, "/api/v1/admin/session")
                    .permitAll()
                    .pathMatchers(HttpMethod.GET, SIGN_IN_PAGE)
                    .permitAll()
                    .pathMatchers(HttpMethod.HEAD, SIGN_IN_PAGE)
                    .permitAll()
                    .anyExchange()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(notSignedIn(api, problems))
                    .accessDeniedHandler(
                        (exchange, ex) ->
                            problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                ProblemTypes.FORBIDDEN,
                                "Forbidden",
                                "You may not do this.")))
        .addFilterAfter(csrfCookie(), SecurityWebFiltersOrder.CSRF)
        .build();
  }

  /** The API answers 401; a page sends the browser to the sign-in page. */
  private static ServerAuthenticationEntryPoint notSignedIn(
      ServerWebExchangeMatcher api, ProblemResponses problems) {
    ServerAuthenticationEntryPoint problem =
        (exchange, ex) ->
            problems.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                ProblemTypes.UNAUTHORIZED,
                "Not signed in",
                "Please sign in; sessions end after a while without use, and some time after sign-in.");
    DelegatingServerAuthenticationEntryPoint entryPoint =
        new DelegatingServerAuthenticationEntryPoint(List.of(new DelegateEntry(api, problem)));
    entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(SIGN_IN_PAGE));
    return entryPoint;
  }

  private static ServerAccessDeniedHandler csrfRefused(ProblemResponses problems) {
    return (exchange, ex) ->
        problems.write(
            exchange,
            HttpStatus.FORBIDDEN,
            ProblemTypes.CSRF_REJECTED,
            "CSRF token missing or wrong",
            "Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.");
  }

  /**
   * Makes sure every answer of the workplace carries the CSRF cookie: the token is made lazily, and
   * the sign-in page needs one before anybody is signed in.
   */
  private static WebFilter csrfCookie() {
    return (exchange, chain) -> {
      Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
      return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
    };
  }
}
