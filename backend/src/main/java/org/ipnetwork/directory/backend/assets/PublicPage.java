package org.ipnetwork.directory.backend.assets;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The public search page at {@code /}, with its asset links versioned. */
@Configuration(proxyBeanMethods = false)
class PublicPage {

  static final String RESOURCE = "static/index.html";

  @Bean
  RouterFunction<ServerResponse> publicPageRoutes(Pages pages) {
    // HEAD as GET: a router function's GET predicate does not take HEAD, unlike @GetMapping.
    return route(GET("/").or(HEAD("/")), r -> pages.serve(r, RESOURCE))
        .andRoute(GET("/index.html").or(HEAD("/index.html")), r -> pages.serve(r, RESOURCE));
  }
}
