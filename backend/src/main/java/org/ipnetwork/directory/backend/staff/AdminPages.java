package org.ipnetwork.directory.backend.staff;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.ipnetwork.directory.backend.assets.Pages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The workplace's pages: static HTML outside {@code static/}, so that they are served only under
 * their own paths, behind the staff chain ({@code /admin} needs a session; the sign-in page not).
 * Their assets are versioned like the public page's (see {@link Pages}).
 */
@Configuration(proxyBeanMethods = false)
class AdminPages {

  static final String WORKPLACE = "admin/index.html";
  static final String SIGN_IN = "admin/sign-in.html";

  @Bean
  RouterFunction<ServerResponse> adminPageRoutes(Pages pages) {
    return route(GET("/admin"), r -> pages.serve(r, WORKPLACE))
        .andRoute(GET("/admin/"), r -> pages.serve(r, WORKPLACE))
        .andRoute(
            GET(StaffSecurityConfiguration.SIGN_IN_PAGE)
                .or(HEAD(StaffSecurityConfiguration.SIGN_IN_PAGE)),
            r -> pages.serve(r, SIGN_IN));
  }
}
