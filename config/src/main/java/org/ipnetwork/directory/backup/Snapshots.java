package org.ipnetwork.directory.backup;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import co.elastic.clients.elasticsearch.snapshot.restore.SnapshotRestore;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Backups of the directory's indices ({@link BackedUpIndices}) as Elasticsearch snapshots in a
 * filesystem repository ({@code fs}, part of every distribution). The repository's folder must lie
 * under the node's {@code path.repo} (every node's, on a cluster: a shared folder); a relative
 * location is resolved against it, so the default works for the embedded node and for a cluster
 * alike.
 *
 * <p>Snapshots carry the indices with their aliases and no cluster state: restoring into a fresh
 * node or cluster gives the backend its data behind the aliases it names.
 *
 * @see <a
 *     href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/snapshots-filesystem-repository.html">Shared
 *     file system repository</a>
 */
public final class Snapshots {

  /** The repository's name in the cluster. */
  public static final String REPOSITORY = "ip-directory-backups";

  /** Relative to the node's first {@code path.repo} folder. */
  public static final String DEFAULT_LOCATION = "ip-directory";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS").withZone(ZoneOffset.UTC);

  private final ElasticsearchClient client;
  private final String location;

  /**
   * @param location the repository's folder, absolute or relative to the node's {@code path.repo}
   */
  public Snapshots(ElasticsearchClient client, String location) {
    this.client = client;
    this.location = location;
  }

  /** A snapshot's name for the time {@code clock} tells. */
  static String nameAt(Instant when) {
    return "directory-" + STAMP.format(when);
  }

  /** Takes a snapshot of every index that holds state and waits until it is complete. */
  public Snapshot create(Clock clock) throws IOException {
    register();
    String name = nameAt(clock.instant());
    SnapshotInfo info;
    try {
      info =
          client
              .snapshot()
              .create(
                  c ->
                      c.repository(REPOSITORY)
                          .snapshot(name)
                          .indices(BackedUpIndices.ALIASES)
                          // A new installation may not have every index yet (no corrections).
                          .ignoreUnavailable(true)
                          .includeGlobalState(false)
                          .waitForCompletion(true))
              .snapshot();
    } catch (ElasticsearchException e) {
      throw new BackupException("snapshot " + name + " failed: " + reason(e), e);
    }
    Snapshot snapshot = of(info);
    if (!snapshot.complete()) {
      throw new BackupException(
          "snapshot "
              + name
              + " is "
              + snapshot.state()
              + (info.reason() == null ? "" : ": " + info.reason())
              + (info.failures().isEmpty() ? "" : " " + info.failures()));
    }
    if (snapshot.indices().isEmpty()) {
      throw new BackupException(
          "nothing to back up: none of " + BackedUpIndices.ALIASES + " exists");
    }
    return snapshot;
  }

  /** Every snapshot in the repository, oldest first. */
  public List<Snapshot> list() throws IOException {
    register();
    try {
      return client
          .snapshot()
          .get(g -> g.repository(REPOSITORY).snapshot("_all"))
          .snapshots()
          .stream()
          .map(Snapshots::of)
          .sorted(Comparator.comparing(Snapshot::start).thenComparing(Snapshot::name))
          .toList();
    } catch (ElasticsearchException e) {
      throw new BackupException("cannot list the snapshots: " + reason(e), e);
    }
  }

  /** The newest complete snapshot. */
  public Optional<Snapshot> latest() throws IOException {
    return list().stream().filter(Snapshot::complete).reduce((a, b) -> b);
  }

  /**
   * What a restore did.
   *
   * @param snapshot the snapshot restored
   * @param replaced indices deleted first because they stood in the way
   */
  public record Restored(Snapshot snapshot, List<String> replaced) {}

  /**
   * Restores {@code name}, or the newest complete snapshot, with its aliases. Indices that stand in
   * the way (of the same name, or behind one of the directory's aliases, such as the empty ones a
   * backend creates at start) are refused unless {@code replace} allows deleting them first.
   */
  public Restored restore(String name, boolean replace) throws IOException {
    Snapshot snapshot = chosen(name);
    if (!snapshot.complete()) {
      throw new BackupException(
          "snapshot " + snapshot.name() + " is " + snapshot.state() + "; restore a complete one");
    }
    List<String> inTheWay = inTheWay(snapshot);
    if (!inTheWay.isEmpty() && !replace) {
      throw new BackupException(
          "indices "
              + inTheWay
              + " already exist; restore into a fresh node or cluster, or stop the backend and add"
              + " --replace to delete them first");
    }
    if (!inTheWay.isEmpty()) {
      // Named one by one: the node refuses wildcard deletes (action.destructive_requires_name).
      client.indices().delete(d -> d.index(inTheWay));
    }
    SnapshotRestore restored;
    try {
      restored =
          client
              .snapshot()
              .restore(
                  r ->
                      r.repository(REPOSITORY)
                          .snapshot(snapshot.name())
                          .indices(snapshot.indices())
                          .includeAliases(true)
                          .includeGlobalState(false)
                          .waitForCompletion(true))
              .snapshot();
    } catch (ElasticsearchException e) {
      throw new BackupException("restore of " + snapshot.name() + " failed: " + reason(e), e);
    }
    if (restored.shards().failed().intValue() > 0) {
      throw new BackupException(
          "restore of "
              + snapshot.name()
              + ": "
              + restored.shards().failed()
              + " of "
              + restored.shards().total()
              + " shards failed");
    }
    return new Restored(snapshot, inTheWay);
  }

  private Snapshot chosen(String name) throws IOException {
    List<Snapshot> all = list();
    if (name == null) {
      return all.stream()
          .filter(Snapshot::complete)
          .reduce((a, b) -> b)
          .orElseThrow(
              () ->
                  new BackupException(
                      "no complete snapshot in "
                          + location
                          + "; take one with `indexer snapshot`"));
    }
    return all.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new BackupException(
                    "no snapshot named "
                        + name
                        + " in "
                        + location
                        + "; `indexer snapshot --list` shows them"));
  }

  private List<String> inTheWay(Snapshot snapshot) throws IOException {
    Set<String> found = new LinkedHashSet<>();
    for (String alias : BackedUpIndices.ALIASES) {
      if (client.indices().existsAlias(a -> a.name(alias)).value()) {
        found.addAll(client.indices().getAlias(a -> a.name(alias)).result().keySet());
      }
    }
    for (String index : snapshot.indices()) {
      if (client.indices().exists(e -> e.index(index)).value()) {
        found.add(index);
      }
    }
    return new ArrayList<>(found).stream().sorted().toList();
  }

  /** Registers the repository (again: registering is idempotent and checks the folder). */
  private void register() throws IOException {
    try {
      client
          .snapshot()
          .createRepository(
              r ->
                  r.name(REPOSITORY)
                      .repository(rep -> rep.fs(fs -> fs.settings(s -> s.location(location)))));
    } catch (ElasticsearchException e) {
      throw new BackupException(
          "cannot use the snapshot folder "
              + location
              + ": "
              + reason(e)
              + ". It must lie under the node's path.repo (embedded node:"
              + " directory.elasticsearch.embedded.snapshots or --es-snapshots; a cluster: path.repo"
              + " on every node, a folder they all share)",
          e);
    }
  }

  private static Snapshot of(SnapshotInfo info) {
    return new Snapshot(
        info.snapshot(),
        info.state(),
        info.startTimeInMillis() == null
            ? Instant.EPOCH
            : Instant.ofEpochMilli(info.startTimeInMillis()),
        info.indices().stream().sorted().toList());
  }

  private static String reason(ElasticsearchException e) {
    return e.error() != null && e.error().reason() != null ? e.error().reason() : e.getMessage();
  }
}
