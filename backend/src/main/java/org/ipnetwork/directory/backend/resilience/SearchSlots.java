package org.ipnetwork.directory.backend.resilience;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bulkhead of searches: at most {@code perClient} in flight per client key, {@code total} in all,
 * and of those at most {@code costlyTotal} costly ones (long texts). A search that finds no slot is
 * refused at once rather than queued, so that a client sending searches in parallel waits on
 * itself, not on everybody, and long texts cannot take all of the node's search threads. Only
 * clients with a search in flight have an entry, so memory stays bounded by {@code total}.
 */
final class SearchSlots {

  /** Why a search got no slot. */
  enum Refusal {
    /** The client has {@code perClient} searches in flight. */
    CLIENT,
    /** All clients together have {@code total} searches in flight. */
    TOTAL,
    /** All clients together have {@code costlyTotal} costly searches in flight. */
    COSTLY
  }

  /** A slot taken, or the reason none was; {@link #release} gives a taken slot back, once. */
  final class Slot {
    private final String client;
    private final boolean costly;
    private final Refusal refusal;
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(String client, boolean costly, Refusal refusal) {
      this.client = client;
      this.costly = costly;
      this.refusal = refusal;
    }

    /** {@code null} when the slot was taken. */
    Refusal refusal() {
      return refusal;
    }

    void release() {
      if (refusal == null && released.compareAndSet(false, true)) {
        if (costly) {
          costlyInFlight.decrementAndGet();
        }
        inFlight.decrementAndGet();
        leave(client);
      }
    }
  }

  private final int perClient;
  private final int total;
  private final int costlyTotal;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger costlyInFlight = new AtomicInteger();
  private final ConcurrentHashMap<String, Integer> byClient = new ConcurrentHashMap<>();

  SearchSlots(int perClient, int total, int costlyTotal) {
    this.perClient = perClient;
    this.total = total;
    this.costlyTotal = costlyTotal;
  }

  /** A slot for an ordinary search of {@code client}. */
  Slot take(String client) {
    return take(client, false);
  }

  /** A slot for a search of {@code client}; a {@code costly} one needs a costly slot too. */
  Slot take(String client, boolean costly) {
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
      return new Slot(client, costly, Refusal.CLIENT);
    }
    if (inFlight.incrementAndGet() > total) {
      inFlight.decrementAndGet();
      leave(client);
      return new Slot(client, costly, Refusal.TOTAL);
    }
    if (costly && costlyInFlight.incrementAndGet() > costlyTotal) {
      costlyInFlight.decrementAndGet();
      inFlight.decrementAndGet();
      leave(client);
      return new Slot(client, costly, Refusal.COSTLY);
    }
    return new Slot(client, costly, null);
  }

  /** Searches in flight, of everybody. */
  int inFlight() {
    return inFlight.get();
  }

  /** Costly searches in flight, of everybody. */
  int costlyInFlight() {
    return costlyInFlight.get();
  }

  /** Clients with a search in flight. */
  int clients() {
    return byClient.size();
  }

  private void leave(String client) {
    byClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
  }
}
