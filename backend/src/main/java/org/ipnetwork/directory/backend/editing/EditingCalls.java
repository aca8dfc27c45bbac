package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the editing steps, which are blocking (a few Elasticsearch calls in a row that depend on
 * each other, and {@code ListingWriter}), on the bounded elastic scheduler, never on the event
 * loop; an unreachable cluster becomes a 503.
 */
final class EditingCalls {

  private EditingCalls() {}

  static <T> Mono<T> call(Callable<T> work) {
    return Mono.fromCallable(work)
        .subscribeOn(Schedulers.boundedElastic())
        .onErrorMap(
            e ->
                e instanceof IOException
                    || e instanceof UncheckedIOException
                    || e instanceof ElasticsearchException,
            e -> new ServiceUnavailableException("Listings cannot be reached right now.", e));
  }
}
