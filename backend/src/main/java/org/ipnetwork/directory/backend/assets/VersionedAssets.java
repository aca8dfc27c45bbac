package org.ipnetwork.directory.backend.assets;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.net.URI;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves {@code static/assets/} under {@code /assets/v/VERSION/}: the current version with {@code
 * public, max-age=31536000, immutable}, so a repeat visit loads no asset at all. Any other version
 * (a page opened before a release, importing a module lazily) is sent on to the same file of the
 * current version rather than answered 404. The unversioned {@code /assets/…} stays for links kept
 * from before (and for the widget's page), reused for a short while and revalidated.
 */
@Configuration(proxyBeanMethods = false)
class VersionedAssets implements WebFluxConfigurer {

  static final Duration FOREVER = Duration.ofDays(365);

  private final AssetVersion version;

  VersionedAssets(AssetVersion version) {
    this.version = version;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler(version.base() + "**")
        .addResourceLocations("classpath:/static/assets/")
        .setCacheControl(CacheControl.maxAge(FOREVER).cachePublic().immutable());
  }

  /** Older versions: a temporary redirect, since the current version moves with each release. */
  @Bean
  RouterFunction<ServerResponse> olderAssetVersions() {
    return route(
        GET(AssetVersion.PREFIX + "**")
            .or(HEAD(AssetVersion.PREFIX + "**"))
            .and(r -> !r.path().startsWith(version.base())),
        r -> {
          String rest = r.path().substring(AssetVersion.PREFIX.length());
          int slash = rest.indexOf('/');
          if (slash < 0) {
            return ServerResponse.notFound().build();
          }
          return ServerResponse.temporaryRedirect(
                  URI.create(version.base() + rest.substring(slash + 1)))
              .cacheControl(CacheControl.noCache())
              .build();
        });
  }
}
