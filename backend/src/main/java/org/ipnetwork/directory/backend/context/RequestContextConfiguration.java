package org.ipnetwork.directory.backend.context;

import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Hands controllers what every public endpoint reads besides its own parameters, as typed
 * arguments: the answer's {@link Lang} ({@link RequestLanguage}), the request's {@link Scope} and
 * its {@link Caller} (both put on the exchange by the partner filter; {@link Scope#NONE} and {@link
 * Caller#ANONYMOUS} when there is none).
 */
@Configuration(proxyBeanMethods = false)
class RequestContextConfiguration implements WebFluxConfigurer {

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(new ContextResolver());
  }

  /** Resolves {@link Lang}, {@link Scope} and {@link Caller} parameters. */
  static final class ContextResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == Lang.class
          || parameter.getParameterType() == Scope.class
          || parameter.getParameterType() == Caller.class;
    }

    @Override
    public Mono<Object> resolveArgument(
        MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
      if (parameter.getParameterType() == Lang.class) {
        return Mono.fromSupplier(() -> RequestLanguage.of(exchange));
      }
      return Mono.just(
          parameter.getParameterType() == Caller.class ? caller(exchange) : scope(exchange));
    }
  }

  static Scope scope(ServerWebExchange exchange) {
    return exchange.getAttribute(Scope.ATTRIBUTE) instanceof Scope s ? s : Scope.NONE;
  }

  static Caller caller(ServerWebExchange exchange) {
    return exchange.getAttribute(Caller.ATTRIBUTE) instanceof Caller c ? c : Caller.ANONYMOUS;
  }
}
