package org.ipnetwork.directory.backend.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Blocking work of the workplace (the blocking Elasticsearch client, files) run off the event loop,
 * on the bounded elastic scheduler; a cluster or file that cannot be reached is a 503.
 */
public final class BlockingCalls {

  private BlockingCalls() {}

  /**
   * @param unreachable the 503's detail, e.g. "Uploads cannot be reached right now."
   */
  public static <T> Mono<T> call(Callable<T> work, String unreachable) {
    return Mono.fromCallable(work)
        .subscribeOn(Schedulers.boundedElastic())
        .onErrorMap(
            e ->
                e instanceof IOException
                    || e instanceof UncheckedIOException
                    || e instanceof ElasticsearchException,
            e -> new ServiceUnavailableException(unreachable, e));
  }
}
