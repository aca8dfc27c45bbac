package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import reactor.core.publisher.Mono;

/**
 * The one place where client futures become {@link Mono}s and client failures become domain errors:
 * anything Elasticsearch cannot answer is a 503, never an empty result.
 */
public final class Calls {

  private Calls() {}

  /** Lazily runs the call, with a deadline; failures become {@link ServiceUnavailableException}. */
  public static <T> Mono<T> mono(Supplier<CompletableFuture<T>> call, Duration timeout) {
    return Mono.fromFuture(call)
        .timeout(timeout)
        .onErrorMap(e -> !(e instanceof ServiceUnavailableException), Calls::unavailable);
  }

  private static ServiceUnavailableException unavailable(Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof TimeoutException) {
      return new ServiceUnavailableException("The search index did not answer in time.", cause);
    }
    if (cause instanceof ElasticsearchException es && es.status() == 404) {
      return new ServiceUnavailableException("The search index is not there yet.", cause);
    }
    return new ServiceUnavailableException("The search index cannot be reached.", cause);
  }
}
