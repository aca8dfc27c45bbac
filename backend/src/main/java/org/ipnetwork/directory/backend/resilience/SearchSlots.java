package org.ipnetwork.directory.backend.resilience;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bulkhead of searches: at most {@code perClient} in flight per client key and {@code total} in
 * all. A search that finds no slot is refused at once rather than queued, so that a client sending
 * costly searches in parallel waits on itself, not on everybody. Only clients with a search in
 * flight have an entry, so memory stays bounded by {@code total}.
 */
final class SearchSlots {

  /** Why a search got no slot. */
  enum Refusal {
    /** The client has {@code perClient} searches in flight. */
    CLIENT,
    /** All clients together have {@code total} searches in flight. */
    TOTAL
  }

  /** A slot taken, or the reason none was; {@link #release} gives a taken slot back, once. */
  final class Slot {
    private final String client;
    private final Refusal refusal;
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(String client, Refusal refusal) {
      this.client = client;
      this.refusal = refusal;
    }

    /** {@code null} when the slot was taken. */
    Refusal refusal() {
      return refusal;
    }

    void release() {
      if (refusal == null && released.compareAndSet(false, true)) {
        inFlight.decrementAndGet();
        leave(client);
      }
    }
  }

  private final int perClient;
  private final int total;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final ConcurrentHashMap<String, Integer> byClient = new ConcurrentHashMap<>();

  SearchSlots(int perClient, int total) {
    this.perClient = perClient;
    this.total = total;
  }

  Slot take(String client) {
    boolean[] taken = {false};
    byClient.compute(
        client,
        (k, n) -> {
          int now = n == null ? 0 : n;
          if (now >= perClient) {
            return n;
          }
          taken[0] = true;
          return now + 1;
        });
    if (!taken[0]) {
      return new Slot(client, Refusal.CLIENT);
    }
    if (inFlight.incrementAndGet() > total) {
      inFlight.decrementAndGet();
      leave(client);
      return new Slot(client, Refusal.TOTAL);
    }
    return new Slot(client, null);
  }

  /** Searches in flight, of everybody. */
  int inFlight() {
    return inFlight.get();
  }

  /** Clients with a search in flight. */
  int clients() {
    return byClient.size();
  }

  private void leave(String client) {
    byClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
  }
}
