package org.ipnetwork.directory.index;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces a writer's listings evenly at a given rate, so that an import on a machine that also
 * serves searches takes a share of the CPU instead of all it can get. A writer that falls behind (a
 * full request queue, a slow read of its input) may catch up in a burst of at most {@link
 * #CATCH_UP_NANOS} worth of listings, so the average holds without sudden floods after a pause. Not
 * thread-safe: a {@link ListingWriter} is written from one thread.
 */
final class Pacer {

  /** How far behind its schedule the writer may be and still catch up. */
  static final long CATCH_UP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /** Waits a number of nanoseconds. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long next;

  /** A pacer of {@code perSecond} listings a second on the system's clock. */
  static Pacer of(double perSecond) {
    return new Pacer(perSecond, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  Pacer(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("a rate must be a positive number: " + perSecond);
    }
    this.intervalNanos = Math.max(1, Math.round(1e9 / perSecond));
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.next = nanoTime.getAsLong();
  }

  /** Returns when the next listing may go: at once, or after a wait that keeps the rate. */
  void acquire() {
    long now = nanoTime.getAsLong();
    long at = Math.max(next, now - CATCH_UP_NANOS);
    next = at + intervalNanos;
    if (at > now) {
      try {
        sleeper.sleep(at - now);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while pacing the writes", e);
      }
    }
  }
}
