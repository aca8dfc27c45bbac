package org.ipnetwork.directory.backend.editing;

import java.util.concurrent.Callable;
import org.ipnetwork.directory.backend.web.BlockingCalls;
import reactor.core.publisher.Mono;

/**
 * Runs the editing steps, which are blocking (a few Elasticsearch calls in a row that depend on
 * each other, and {@code ListingWriter}), on the bounded elastic scheduler, never on the event
 * loop; an unreachable cluster becomes a 503.
 */
final class EditingCalls {

  private EditingCalls() {}

  /** Off the event loop; an unreachable cluster is a 503 ({@link BlockingCalls}). */
  static <T> Mono<T> call(Callable<T> work) {
    return BlockingCalls.call(work, "Listings cannot be reached right now.");
  }
}
