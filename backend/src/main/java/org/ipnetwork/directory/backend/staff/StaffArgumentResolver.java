package org.ipnetwork.directory.backend.staff;

import org.ipnetwork.directory.backend.web.UnauthorizedException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Hands controllers the signed-in {@link StaffPrincipal}, after checking the parameter's {@link
 * Needs}; the counterpart for staff of the public context's {@code Lang} and {@code Scope}.
 */
@Configuration(proxyBeanMethods = false)
class StaffArgumentResolver implements WebFluxConfigurer, HandlerMethodArgumentResolver {

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == StaffPrincipal.class;
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
    Needs needs = parameter.getParameterAnnotation(Needs.class);
    StaffPermission permission = needs == null ? StaffPermission.SIGNED_IN : needs.value();
    return exchange
        .getPrincipal()
        .filter(p -> p instanceof Authentication a && a.getPrincipal() instanceof StaffPrincipal)
        .map(p -> (StaffPrincipal) ((Authentication) p).getPrincipal())
        // Only behind a route the staff chain lets through unauthenticated, by mistake.
        .switchIfEmpty(Mono.error(() -> new UnauthorizedException("Please sign in.")))
        .doOnNext(staff -> StaffAccess.require(staff, permission))
        .cast(Object.class);
  }
}
