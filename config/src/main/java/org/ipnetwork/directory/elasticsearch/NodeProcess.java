package org.ipnetwork.directory.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launching and stopping one Elasticsearch process: prepares its home (checks, unpacked
 * distribution, per-node configuration), starts it unprivileged and waits until it is healthy.
 * {@link EmbeddedElasticsearch} decides when; this class knows how.
 */
final class NodeProcess {

  private static final Logger log = LoggerFactory.getLogger(NodeProcess.class);
  private static final long MIN_FREE_BYTES = 1L << 30;
  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  private NodeProcess() {}

  static Process launch(EmbeddedSettings s, URI uri, NodeProbe probe) {
    checkJava();
    boolean root = ProcessUser.isRoot();
    Path home = s.home();
    Path logs = home.resolve("logs");
    Path console = logs.resolve("console.log");
    try {
      Files.createDirectories(home);
      checkDisk(home);
      if (root) {
        checkReachable(home.resolve("data"));
        checkReachable(s.installDir().resolve("bin"));
        checkReachable(s.snapshots());
      }
      String version = Distribution.version();
      Path zip = s.distribution() != null ? s.distribution() : Distribution.provisionedZip();
      Files.createDirectories(s.installDir());
      Path dist = Distribution.unpack(zip, s.installDir(), version);
      Path conf = home.resolve("config");
      if (!Files.isDirectory(conf)) {
        // Per node, so that the distribution stays read-only and can be shared.
        FileTree.copy(dist.resolve("config"), conf);
      }
      Path data = Files.createDirectories(home.resolve("data"));
      // Outside the home by default: backups outlive a node whose data folder is wiped.
      Path snapshots = Files.createDirectories(s.snapshots());
      Files.createDirectories(logs);
      Path tmp = home.resolve("tmp");
      FileTree.deleteRecursively(tmp);
      Files.createDirectories(tmp);
      keepPrevious(console);
      Files.createFile(console);
      if (root) {
        FileTree.chown(home, s.runAsUid());
        FileTree.chown(snapshots, s.runAsUid());
      }
      ProcessBuilder pb =
          new ProcessBuilder(command(s, root, dist, data, snapshots, logs, uri.getPort()));
      Map<String, String> env = pb.environment();
      env.put("ES_JAVA_HOME", System.getProperty("java.home"));
      env.put("ES_TMPDIR", tmp.toString());
      env.put("ES_JAVA_OPTS", "-Xms" + s.heap() + " -Xmx" + s.heap());
      env.remove("JAVA_TOOL_OPTIONS");
      env.put("ES_PATH_CONF", conf.toString());
      env.remove("JAVA_HOME");
      pb.redirectErrorStream(true).redirectOutput(console.toFile());
      log.info("Starting Elasticsearch {} at {} with data in {}", version, uri, data);
      Process process = startOwned(pb);
      try {
        awaitHealthy(process, uri, probe, s, console);
      } catch (RuntimeException e) {
        // Interrupted (the node is being stopped) or failed: no half-started node is left behind.
        destroy(process);
        throw e;
      }
      log.info("Elasticsearch is up at {} (pid {})", uri, process.pid());
      return process;
    } catch (IOException e) {
      throw new EmbeddedElasticsearchException(
          "cannot prepare Elasticsearch home " + home + ": " + e.getMessage() + tail(console), e);
    }
  }

  private static List<String> command(
      EmbeddedSettings s, boolean root, Path dist, Path data, Path snapshots, Path logs, int port) {
    List<String> cmd = new ArrayList<>();
    if (Files.isExecutable(SETPRIV)) {
      cmd.add(SETPRIV.toString());
      if (root) {
        cmd.addAll(List.of("--reuid=" + s.runAsUid(), "--regid=" + s.runAsUid(), "--clear-groups"));
      }
      cmd.addAll(List.of("--pdeathsig", "TERM", "--"));
    } else if (root) {
      throw new EmbeddedElasticsearchException(
          "Running as root needs "
              + SETPRIV
              + " (util-linux) to start Elasticsearch unprivileged.");
    }
    cmd.add(dist.resolve("bin/elasticsearch").toString());
    cmd.addAll(
        List.of(
            "-Ecluster.name=" + EmbeddedSettings.CLUSTER_NAME,
            "-Enode.name=embedded",
            "-Epath.data=" + data,
            "-Epath.logs=" + logs,
            // Where filesystem snapshot repositories may live (indexer snapshot / restore).
            "-Epath.repo=" + snapshots,
            "-Enetwork.host=127.0.0.1",
            "-Ehttp.port=" + port,
            "-Etransport.port=" + freePort(),
            "-Ediscovery.type=single-node",
            "-Expack.security.enabled=false",
            // Indices are created only from the definitions in config/, never by a stray write.
            "-Eaction.auto_create_index=false",
            "-Eaction.destructive_requires_name=true"));
    return cmd;
  }

  /**
   * Starts the process from a thread that lives as long as the node: the parent-death signal fires
   * when the <em>thread</em> that forked the child ends, not only when the JVM does.
   */
  private static Process startOwned(ProcessBuilder pb) throws IOException {
    CompletableFuture<Process> started = new CompletableFuture<>();
    Thread owner =
        new Thread(
            () -> {
              Process p;
              try {
                p = pb.start();
              } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
                return;
              }
              started.complete(p);
              while (p.isAlive()) {
                try {
                  p.waitFor();
                } catch (InterruptedException ignored) {
                  // keep owning the child until it is gone
                }
              }
            },
            "elasticsearch-owner");
    owner.setDaemon(true);
    owner.start();
    try {
      return started.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }

  private static void awaitHealthy(
      Process process, URI uri, NodeProbe probe, EmbeddedSettings s, Path console) {
    Instant deadline = Instant.now().plus(s.startupTimeout());
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new EmbeddedElasticsearchException(
            "Elasticsearch exited with code "
                + process.exitValue()
                + " while starting (home "
                + s.home()
                + ")."
                + tail(console));
      }
      Optional<NodeProbe.Health> health = probe.probe(uri);
      if (health.isPresent() && health.get().usable()) {
        return;
      }
      sleep(250);
    }
    destroy(process);
    throw new EmbeddedElasticsearchException(
        "Elasticsearch did not become healthy within " + s.startupTimeout() + "." + tail(console));
  }

  /**
   * Keeps the console output of the run before as {@code console.previous.log}: after a crash and a
   * restart, the lines that explain the crash are still there to read.
   */
  private static void keepPrevious(Path console) throws IOException {
    if (Files.exists(console)) {
      Files.move(
          console,
          console.resolveSibling("console.previous.log"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** SIGTERM to the launcher and the server it forked; SIGKILL what is left after 30 s. */
  static void destroy(Process process) {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
      }
    }
  }

  private static void checkJava() {
    if (Runtime.version().feature() < 17) {
      throw new EmbeddedElasticsearchException(
          "Elasticsearch "
              + Distribution.version()
              + " needs Java 17 or newer; this is Java "
              + Runtime.version()
              + " ("
              + System.getProperty("java.home")
              + ").");
    }
  }

  private static void checkDisk(Path home) throws IOException {
    long free = Files.getFileStore(home).getUsableSpace();
    if (free < MIN_FREE_BYTES) {
      throw new EmbeddedElasticsearchException(
          "Only "
              + (free >> 20)
              + " MiB free on the disk of "
              + home
              + "; Elasticsearch needs at least 1 GiB. Free space or set"
              + " directory.elasticsearch.embedded.home to another disk.");
    }
  }

  private static void checkReachable(Path path) {
    Path blocked = FileTree.firstUnreachableParent(path);
    if (blocked != null) {
      throw new EmbeddedElasticsearchException(
          "Elasticsearch runs unprivileged and cannot pass through "
              + blocked
              + " (not executable for others). Set directory.elasticsearch.embedded.home to a"
              + " folder outside it, e.g. /var/lib/ip-directory/elasticsearch.");
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines of the console output and of the node's own log, for error messages. */
  static String tail(Path console) {
    StringBuilder out = new StringBuilder();
    appendTail(out, console, 30);
    appendTail(out, console.resolveSibling(EmbeddedSettings.CLUSTER_NAME + ".log"), 30);
    return out.toString();
  }

  private static void appendTail(StringBuilder out, Path file, int lines) {
    try {
      if (!Files.isRegularFile(file)) {
        return;
      }
      List<String> all = Files.readAllLines(file);
      out.append("\n--- last lines of ").append(file).append(" ---\n");
      all.subList(Math.max(0, all.size() - lines), all.size())
          .forEach(l -> out.append(l).append('\n'));
    } catch (IOException | UncheckedIOException e) {
      out.append("\n(cannot read ").append(file).append(")");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedElasticsearchException("interrupted while waiting for Elasticsearch", e);
    }
  }
}
