package org.ipnetwork.directory.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;
import lombok.With;

/**
 * How to run the single-node Elasticsearch that the directory starts itself.
 *
 * @param home folder for the node's data, configuration, logs and temp files; {@code null} picks
 *     {@link #defaultHome()}. Data kept here survives restarts.
 * @param installDir where the distribution is unpacked (read-only for the node); {@code null} means
 *     {@code home}. Tests share one between their nodes.
 * @param httpPort port on 127.0.0.1; 0 picks a free one (tests)
 * @param heap JVM heap, e.g. {@code 512m}
 * @param startupTimeout how long to wait for {@code /_cluster/health} to answer
 * @param distribution the Elasticsearch zip; {@code null} takes the one the build provisioned
 * @param runAsUid uid to run as when this JVM is root (Elasticsearch refuses root)
 * @param maxRestarts how many times a node that exited unexpectedly is started again before it is
 *     given up as failed; {@code null} means 5, 0 never restarts
 * @param snapshots the node's {@code path.repo}: where filesystem snapshot repositories may live
 *     ({@code indexer snapshot}); {@code null} means a {@code snapshots} folder next to {@code
 *     home}, so that backups outlive a node whose data folder is wiped
 */
@With
public record EmbeddedSettings(
    Path home,
    Path installDir,
    int httpPort,
    String heap,
    Duration startupTimeout,
    Path distribution,
    int runAsUid,
    Integer maxRestarts,
    Path snapshots) {

  public static final String CLUSTER_NAME = "ip-directory";

  public static final int DEFAULT_MAX_RESTARTS = 5;

  public EmbeddedSettings {
    home = home == null ? defaultHome() : home.toAbsolutePath();
    installDir = installDir == null ? null : installDir.toAbsolutePath();
    heap = heap == null || heap.isBlank() ? "512m" : heap;
    startupTimeout = startupTimeout == null ? Duration.ofSeconds(120) : startupTimeout;
    runAsUid = runAsUid <= 0 ? 65534 : runAsUid;
    maxRestarts = maxRestarts == null ? DEFAULT_MAX_RESTARTS : Math.max(0, maxRestarts);
    snapshots = snapshots == null ? home.resolveSibling("snapshots") : snapshots.toAbsolutePath();
  }

  /**
   * Where the distribution is unpacked: {@code home} unless set apart (so it follows a new home).
   */
  @Override
  public Path installDir() {
    return installDir == null ? home : installDir;
  }

  public static EmbeddedSettings defaults() {
    return new EmbeddedSettings(null, null, 9200, null, null, null, 0, null, null);
  }

  /**
   * Root gets {@code /var/lib/ip-directory/elasticsearch}: the unprivileged node must be able to
   * reach every parent folder, which a checkout under {@code /root} (mode 700) does not allow.
   * Everyone else gets {@code $XDG_DATA_HOME/ip-directory/elasticsearch}.
   */
  public static Path defaultHome() {
    if (ProcessUser.isRoot()) {
      return Path.of("/var/lib/ip-directory/elasticsearch");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("ip-directory").resolve("elasticsearch");
  }
}
