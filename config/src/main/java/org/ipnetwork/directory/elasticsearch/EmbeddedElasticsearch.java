package org.ipnetwork.directory.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single Elasticsearch node run as a child process of this JVM, with its data in a persistent
 * folder. Used by the run command, the indexer and the integration tests alike.
 *
 * <p>The node dies with its parent, even on {@code kill -9}: it is launched through {@code setpriv
 * --pdeathsig TERM}, which also drops root (Elasticsearch refuses to run as root). When a node of
 * this directory already answers on the port (the backend is running while staff use the indexer),
 * it is used as it is and left running.
 *
 * <p>A node that exits unexpectedly (killed, out of memory) is started again on the same port and
 * data, after 1 s, then 2, 4, 8 … at most 30 s apart, up to {@link EmbeddedSettings#maxRestarts()}
 * attempts; the clients keep their address and reconnect by themselves. Its {@link #status()} says
 * what is going on, so that readiness can report the gap and liveness the final failure.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

  /** What the node is doing. */
  public enum Phase {
    /** Answering (or attached to another process's node). */
    RUNNING,
    /** Exited unexpectedly; being started again. */
    RESTARTING,
    /** Exited and could not be started again; {@link Status#problem()} says why. */
    FAILED
  }

  /**
   * The node's state.
   *
   * @param restarts how many times it was started again after exiting unexpectedly
   * @param problem why it is restarting or failed; {@code null} while running
   */
  public record Status(Phase phase, int restarts, String problem) {}

  private final URI uri;
  private final EmbeddedSettings settings;
  private final Thread shutdownHook;
  private final NodeProbe probe = new NodeProbe();
  private volatile Process process;
  private volatile Status status = new Status(Phase.RUNNING, 0, null);
  private volatile boolean stopping;
  private volatile Thread healer;

  private EmbeddedElasticsearch(URI uri, Process process, EmbeddedSettings settings) {
    this.uri = uri;
    this.process = process;
    this.settings = settings;
    this.shutdownHook = process == null ? null : new Thread(this::stop, "elasticsearch-stop");
    if (shutdownHook != null) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      watch(process);
    }
  }

  /** Starts the node, or attaches to this directory's node already on the port. */
  public static EmbeddedElasticsearch start(EmbeddedSettings settings) {
    int port = settings.httpPort() == 0 ? NodeProcess.freePort() : settings.httpPort();
    URI uri = URI.create("http://127.0.0.1:" + port);
    NodeProbe probe = new NodeProbe();
    Optional<NodeProbe.Health> existing = probe.probe(uri);
    if (existing.isPresent()) {
      NodeProbe.Health health = existing.get();
      if (EmbeddedSettings.CLUSTER_NAME.equals(health.clusterName()) && health.usable()) {
        log.info("Using the directory's Elasticsearch already running at {}", uri);
        return new EmbeddedElasticsearch(uri, null, settings);
      }
      throw new EmbeddedElasticsearchException(
          "Port "
              + port
              + " is in use by another program (not this directory's Elasticsearch). Stop it, or"
              + " set directory.elasticsearch.embedded.http-port, or point"
              + " directory.elasticsearch.urls at an existing cluster.");
    }
    return new EmbeddedElasticsearch(uri, NodeProcess.launch(settings, uri, probe), settings);
  }

  /** The node's HTTP address. */
  public URI uri() {
    return uri;
  }

  /** Whether this JVM started the node (and will stop it) rather than attaching to one. */
  public boolean owned() {
    return shutdownHook != null;
  }

  public Path home() {
    return settings.home();
  }

  /** The launcher's process id (it changes when the node is started again). */
  public Optional<Long> pid() {
    Process p = process;
    return p == null ? Optional.empty() : Optional.of(p.pid());
  }

  public Status status() {
    return status;
  }

  /**
   * Leaves stopping the node to {@link #close()} alone, instead of also stopping it from a JVM
   * shutdown hook of its own. An application that flushes data to the node when it shuts down (the
   * backend's partner usage counts) closes the node after that work; with the hook, both ran at
   * once and the node was gone before the flush.
   */
  public void stopOnlyOnClose() {
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running: nothing left to change
      }
    }
  }

  @Override
  public void close() {
    stopOnlyOnClose();
    stop();
  }

  private void stop() {
    stopping = true;
    Thread h = healer;
    if (h != null) {
      h.interrupt();
    }
    Process p = process;
    if (p != null && p.isAlive()) {
      log.info("Stopping Elasticsearch (pid {})", p.pid());
      NodeProcess.destroy(p);
    }
  }

  private void watch(Process p) {
    p.onExit().thenRun(() -> exited(p));
  }

  private synchronized void exited(Process p) {
    if (stopping || p != process) {
      return;
    }
    String problem = "Elasticsearch (pid " + p.pid() + ") exited with code " + p.exitValue();
    log.error(
        "{} unexpectedly; starting it again.{}",
        problem,
        NodeProcess.tail(settings.home().resolve("logs").resolve("console.log")));
    status = new Status(Phase.RESTARTING, status.restarts(), problem);
    healer = new Thread(() -> heal(problem), "elasticsearch-restart");
    healer.setDaemon(true);
    healer.start();
  }

  private void heal(String problem) {
    Duration wait = FIRST_RETRY;
    String lastError = null;
    for (int attempt = 1; attempt <= settings.maxRestarts(); attempt++) {
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException stopped) {
        return;
      }
      if (stopping) {
        return;
      }
      try {
        Process p = NodeProcess.launch(settings, uri, probe);
        if (!adopt(p)) {
          NodeProcess.destroy(p);
          return;
        }
        log.info("Elasticsearch is back at {} (pid {}) after {} attempt(s)", uri, p.pid(), attempt);
        return;
      } catch (EmbeddedElasticsearchException e) {
        if (stopping) {
          return;
        }
        lastError = e.getMessage().lines().findFirst().orElse(e.getMessage());
        log.warn(
            "Starting Elasticsearch again failed (attempt {} of {}): {}",
            attempt,
            settings.maxRestarts(),
            e.getMessage());
        wait =
            wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0
                ? LONGEST_RETRY
                : wait.multipliedBy(2);
      }
    }
    String reason =
        problem
            + " and could not be started again in "
            + settings.maxRestarts()
            + " attempt(s)"
            + (lastError == null ? "" : ": " + lastError);
    status = new Status(Phase.FAILED, status.restarts(), reason);
    log.error("{}. The directory cannot answer until it is restarted.", reason);
  }

  /** Takes a restarted process as the node, unless the node is being stopped meanwhile. */
  private synchronized boolean adopt(Process p) {
    if (stopping) {
      return false;
    }
    process = p;
    status = new Status(Phase.RUNNING, status.restarts() + 1, null);
    watch(p);
    return true;
  }
}
