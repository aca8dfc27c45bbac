package org.ipnetwork.directory.backend.staff;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The workplace's pages: static HTML outside {@code static/}, so that they are served only under
 * their own paths, behind the staff chain ({@code /admin} needs a session; the sign-in page not).
 */
@Configuration(proxyBeanMethods = false)
class AdminPages {

  @Bean
  RouterFunction<ServerResponse> adminPageRoutes() {
    return route(GET("/admin"), r -> page(new ClassPathResource("admin/index.html")))
        .andRoute(GET("/admin/"), r -> page(new ClassPathResource("admin/index.html")))
        .andRoute(
            GET(StaffSecurityConfiguration.SIGN_IN_PAGE),
            r -> page(new ClassPathResource("admin/sign-in.html")));
  }

  private static Mono<ServerResponse> page(Resource html) {
    return ServerResponse.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .bodyValue(html);
  }
}
