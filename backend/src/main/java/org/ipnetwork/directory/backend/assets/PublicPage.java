package org.ipnetwork.directory.backend.assets;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The public search page at {@code /}, with its asset links versioned and its first search
 * preloaded ({@link FirstSearch}).
 */
@Configuration(proxyBeanMethods = false)
class PublicPage {

  static final String RESOURCE = "static/index.html";

  @Bean
  RouterFunction<ServerResponse> publicPageRoutes(Pages pages) {
    return route(GET("/"), r -> serve(pages, r)).andRoute(GET("/index.html"), r -> serve(pages, r));
  }

  private static Mono<ServerResponse> serve(Pages pages, ServerRequest request) {
    String path =
        FirstSearch.path(
            request.queryParams(), request.headers().firstHeader(HttpHeaders.ACCEPT_LANGUAGE));
    return pages.serveWithPreload(request, RESOURCE, path);
  }
}
