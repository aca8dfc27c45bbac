package org.ipnetwork.directory.backend.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Opens the embedding routes ({@code /embed/v1/widget.js}, {@code /embed/v1/frame}) to anonymous
 * GETs, before the main chain (which closes everything it does not list). The frame page must be
 * framable by partner sites, so X-Frame-Options is off here; which sites may frame it (CSP
 * frame-ancestors) and which keys are valid is decided by the partner filters in front.
 */
@Configuration(proxyBeanMethods = false)
class EmbedSecurityConfiguration {

  @Bean
  @Order(0)
  SecurityWebFilterChain embedSecurityWebFilterChain(ServerHttpSecurity http) {
    return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/embed/v1/**"))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .headers(
            h ->
                h.frameOptions(
                    f -> f.mode(XFrameOptionsServerHttpHeadersWriter.Mode.SAMEORIGIN).disable()))
        .authorizeExchange(
            a ->
                a.pathMatchers(HttpMethod.GET, "/embed/v1/widget.js", "/embed/v1/frame")
                    .permitAll()
                    .anyExchange()
                    .denyAll())
        .build();
  }
}
