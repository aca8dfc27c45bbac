package org.ipnetwork.directory.indexer.progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a run is: on a terminal a one-line bar redrawn in place, otherwise (CI, cron, a
 * pipe) a plain log line every few seconds, since carriage returns garble log files.
 */
public final class Progress implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Progress.class);
  private static final int WIDTH = 30;

  private final Tally tally;
  private final DoubleSupplier fraction;
  private final PrintWriter err;
  private final boolean terminal;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
          });

  /**
   * @param fraction share of the work done, 0..1, or a negative number when unknown (stdin)
   */
  public Progress(Tally tally, DoubleSupplier fraction, PrintWriter err) {
    this.tally = tally;
    this.fraction = fraction;
    this.err = err;
    this.terminal = System.console() != null;
    long period = terminal ? 250 : 5000;
    timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
  }

  private void show() {
    double f = fraction.getAsDouble();
    double rate = tally.docsPerSecond();
    String eta = "";
    if (f > 0.001 && f < 1) {
      long seconds = (long) (tally.elapsed().toSeconds() * (1 - f) / f);
      eta = String.format(Locale.ROOT, " ETA %d:%02d", seconds / 60, seconds % 60);
    }
    if (terminal) {
      int filled = f < 0 ? 0 : (int) Math.round(Math.min(f, 1) * WIDTH);
      String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
      String percent = f < 0 ? "" : String.format(Locale.ROOT, " %3.0f%%", f * 100);
      err.printf(
          Locale.ROOT, "\r[%s]%s %d docs, %.0f docs/s%s   ", bar, percent, tally.done(), rate, eta);
      err.flush();
    } else {
      log.info(
          "{} read, {} done ({} rejected, {} failed), {} docs/s{}",
          tally.read.get(),
          tally.done(),
          tally.rejected.get(),
          tally.failed.get(),
          Math.round(rate),
          eta);
    }
  }

  /** Stops redrawing; on a terminal, ends the bar's line. */
  @Override
  public void close() {
    timer.shutdownNow();
    if (terminal) {
      err.println();
      err.flush();
    }
  }
}
