package org.ipnetwork.directory.indexer.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Conflicts;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.ReindexResponse;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** The index operations that rebuild and rollback share. */
final class Reindexing {

  private final ElasticsearchClient client;

  Reindexing(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * Copies documents with their external versions (the listings' {@code updatedAt}), so that a copy
   * never replaces a newer document already in {@code to}: conflicts are skipped, not errors.
   *
   * @param since only documents updated at or after this instant, or {@code null} for all
   */
  ReindexResponse copy(String from, String to, Instant since) throws IOException {
    ReindexResponse response =
        client.reindex(
            r ->
                r.source(
                        s -> {
                          s.index(from).size(1000);
                          if (since != null) {
                            s.query(
                                q ->
                                    q.range(
                                        rg ->
                                            rg.date(
                                                d -> d.field("updatedAt").gte(since.toString()))));
                          }
                          return s;
                        })
                    .dest(d -> d.index(to).versionType(VersionType.External))
                    .conflicts(Conflicts.Proceed)
                    .waitForCompletion(true)
                    .refresh(true));
    if (!response.failures().isEmpty()) {
      throw new IllegalStateException(
          "copying "
              + from
              + " to "
              + to
              + " failed for "
              + response.failures().size()
              + " documents, first: "
              + response.failures().get(0).cause().reason());
    }
    return response;
  }

  /** Replicas and refresh interval as set on {@code index}, to restore after a bulk load. */
  record LoadSettings(String replicas, Time refreshInterval) {}

  LoadSettings settingsOf(String index) throws IOException {
    IndexSettings s = client.indices().getSettings(g -> g.index(index)).get(index).settings();
    IndexSettings idx = s.index() != null ? s.index() : s;
    String replicas = idx.numberOfReplicas() == null ? "1" : idx.numberOfReplicas();
    Time refresh =
        idx.refreshInterval() == null ? Time.of(t -> t.time("1s")) : idx.refreshInterval();
    return new LoadSettings(replicas, refresh);
  }

  /** Bulk-load mode: no replicas to copy to and no refreshes while the index fills. */
  void forLoading(String index) throws IOException {
    apply(index, new LoadSettings("0", Time.of(t -> t.time("-1"))));
  }

  void apply(String index, LoadSettings settings) throws IOException {
    client
        .indices()
        .putSettings(
            p ->
                p.index(index)
                    .settings(
                        s ->
                            s.numberOfReplicas(settings.replicas())
                                .refreshInterval(settings.refreshInterval())));
  }

  /** Waits until the index's primary is active, so the alias never points at a red index. */
  void awaitUsable(String index) throws IOException {
    client
        .cluster()
        .health(h -> h.index(index).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("60s")));
  }

  long count(String index) throws IOException {
    client.indices().refresh(r -> r.index(index));
    return client.count(c -> c.index(index)).count();
  }

  /** Versioned listings indices, oldest first (the names sort by creation time). */
  List<String> versionedIndices() throws IOException {
    return client.indices().get(g -> g.index("listings-v*")).result().keySet().stream()
        .sorted()
        .toList();
  }
}
