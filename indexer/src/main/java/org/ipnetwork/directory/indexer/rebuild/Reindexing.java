package org.ipnetwork.directory.indexer.rebuild;

import static org.ipnetwork.directory.index.ListingDocument.INDEXED_AT;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.ipnetwork.directory.index.ListingDocuments;
import tools.jackson.databind.node.ObjectNode;

/** The index operations that rebuild and rollback share. */
final class Reindexing {

  private static final int PAGE = 1000;

  private final ElasticsearchClient client;

  Reindexing(ElasticsearchClient client) {
    this.client = client;
  }

  /** What a copy did. */
  record Copied(long total, long written, long skipped) {}

  /**
   * Copies documents with their external versions (the listings' {@code updatedAt}), so that a copy
   * never replaces a newer document already in {@code to}: version conflicts are skipped, not
   * errors. Done with a point-in-time, {@code search_after} and bulk rather than {@code _reindex},
   * which the embedded (integ-test) distribution does not ship. The stored source is copied as it
   * is except for the fields derived from the listing alone, which are computed again ({@link
   * ListingDocuments#rederiveListingFields}), so that a rebuild gives documents written by an older
   * version a field introduced since (the Chinese name sort key, the simplified and pinyin forms).
   *
   * @param since only documents written or updated at or after this instant ({@link
   *     #writtenSince}), or {@code null} for all
   */
  Copied copy(String from, String to, Instant since) throws IOException {
    // A point in time sees only refreshed documents: without this, a write of the last second
    // before the copy (or before the swap, for the catch-up) would be left behind.
    client.indices().refresh(r -> r.index(from));
    String pit = client.openPointInTime(p -> p.index(from).keepAlive(k -> k.time("2m"))).id();
    long total = 0;
    long written = 0;
    long skipped = 0;
    try {
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> from0 = after;
        SearchResponse<ObjectNode> page =
            client.search(
                s -> {
                  s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m")))
                      .size(PAGE)
                      .version(true)
                      .sort(o -> o.field(f -> f.field("_shard_doc")))
                      .trackTotalHits(t -> t.enabled(false));
                  if (since != null) {
                    s.query(writtenSince(since));
                  }
                  if (from0 != null) {
                    s.searchAfter(from0);
                  }
                  return s;
                },
                ObjectNode.class);
        List<Hit<ObjectNode>> hits = page.hits().hits();
        if (!hits.isEmpty()) {
          BulkResponse bulk = client.bulk(b -> b.operations(operations(to, hits)));
          for (BulkResponseItem item : bulk.items()) {
            if (item.error() == null) {
              written++;
            } else if (item.status() == 409) {
              skipped++;
            } else {
              throw new IllegalStateException(
                  "copying "
                      + from
                      + " to "
                      + to
                      + " failed for "
                      + item.id()
                      + ": "
                      + item.error().reason());
            }
          }
          total += hits.size();
        }
        if (hits.size() < PAGE) {
          return new Copied(total, written, skipped);
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } finally {
      client.closePointInTime(c -> c.id(pit));
    }
  }

  /**
   * Written at or after {@code since}: by the writer's clock ({@code indexedAt}), or — for copies
   * written before that field existed — by the listing's own {@code updatedAt}. {@code updatedAt}
   * alone would miss an imported row with an old date written while the rebuild copied.
   */
  private static Query writtenSince(Instant since) {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.should(
                            s ->
                                s.range(
                                    r -> r.date(d -> d.field(INDEXED_AT).gte(since.toString()))))
                        .should(
                            s ->
                                s.range(
                                    r -> r.date(d -> d.field("updatedAt").gte(since.toString()))))
                        .minimumShouldMatch("1")));
  }

  private static List<BulkOperation> operations(String to, List<Hit<ObjectNode>> hits) {
    return hits.stream()
        .map(
            h ->
                BulkOperation.of(
                    o ->
                        o.index(
                            i ->
                                i.index(to)
                                    .id(h.id())
                                    .document(ListingDocuments.rederiveListingFields(h.source()))
                                    .version(h.version())
                                    .versionType(VersionType.External))))
        .toList();
  }

  /**
   * Replicas and refresh interval as set on {@code index}, to restore after a bulk load. The
   * definitions set {@code auto_expand_replicas} (0 on one node, 1 on a cluster), which overrides
   * {@code number_of_replicas} unless it is switched off.
   */
  record LoadSettings(String replicas, String autoExpandReplicas, Time refreshInterval) {}

  LoadSettings settingsOf(String index) throws IOException {
    IndexSettings s = client.indices().getSettings(g -> g.index(index)).get(index).settings();
    IndexSettings idx = s.index() != null ? s.index() : s;
    String replicas = idx.numberOfReplicas() == null ? "1" : idx.numberOfReplicas();
    Time refresh =
        idx.refreshInterval() == null ? Time.of(t -> t.time("1s")) : idx.refreshInterval();
    String autoExpand = idx.autoExpandReplicas() == null ? "false" : idx.autoExpandReplicas();
    return new LoadSettings(replicas, autoExpand, refresh);
  }

  /** Bulk-load mode: no replicas to copy to and no refreshes while the index fills. */
  void forLoading(String index) throws IOException {
    apply(index, new LoadSettings("0", "false", Time.of(t -> t.time("-1"))));
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
                                .autoExpandReplicas(settings.autoExpandReplicas())
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
}
