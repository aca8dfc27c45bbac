package org.ipnetwork.directory.indexer.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** What a run did, counted from every thread that reports outcomes. */
public final class Tally {

  public final AtomicLong read = new AtomicLong();
  public final AtomicLong created = new AtomicLong();
  public final AtomicLong updated = new AtomicLong();
  public final AtomicLong unchanged = new AtomicLong();
  public final AtomicLong rejected = new AtomicLong();
  public final AtomicLong failed = new AtomicLong();

  private final long startNanos = System.nanoTime();

  /** Listings whose fate is known. */
  public long done() {
    return created.get() + updated.get() + unchanged.get() + rejected.get() + failed.get();
  }

  public boolean clean() {
    return rejected.get() == 0 && failed.get() == 0;
  }

  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  public double docsPerSecond() {
    double seconds = Math.max(elapsed().toMillis(), 1) / 1000.0;
    return done() / seconds;
  }

  public void printSummary(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "read %d, created %d, updated %d, unchanged %d, rejected %d, failed %d in %.1f s (%.0f"
            + " docs/s)%n",
        read.get(),
        created.get(),
        updated.get(),
        unchanged.get(),
        rejected.get(),
        failed.get(),
        elapsed().toMillis() / 1000.0,
        docsPerSecond());
    out.flush();
  }
}
