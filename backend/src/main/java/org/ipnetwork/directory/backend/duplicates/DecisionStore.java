package org.ipnetwork.directory.backend.duplicates;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The decisions in {@code duplicate-decisions}, through the blocking client (called off the event
 * loop). Writes refresh, so that the next list of candidates leaves a dismissed pair out.
 */
@Component
class DecisionStore {

  /** More dismissals than a directory gathers in practice; beyond it the oldest come back. */
  static final int MAX_DISMISSED = 10_000;

  private static final String ALIAS = DuplicateIndexes.INDEX.alias();

  private final ElasticsearchClient client;

  DecisionStore(ElasticsearchClient client) {
    this.client = client;
  }

  /** The keys ({@link Candidate#key}) of every pair said not to be a duplicate. */
  Set<String> dismissed() throws IOException {
    SearchResponse<Decision> r =
        client.search(
            s ->
                s.index(ALIAS)
                    .query(q -> q.term(t -> t.field("decision").value(Decision.NOT_DUPLICATE)))
                    .size(MAX_DISMISSED),
            Decision.class);
    Set<String> keys = new HashSet<>();
    r.hits()
        .hits()
        .forEach(
            h -> {
              List<String> ids = h.source().listingIds();
              keys.add(Candidate.key(ids.get(0), ids.get(1)));
            });
    return keys;
  }

  void notDuplicate(String a, String b, List<String> reasons, String by, Instant at)
      throws IOException {
    List<String> ids = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    Decision d = new Decision(Decision.NOT_DUPLICATE, ids, null, null, reasons, by, at);
    client.index(i -> i.index(ALIAS).id(Decision.pairId(a, b)).document(d).refresh(Refresh.True));
  }

  void merged(String survivorId, String mergedId, String by, Instant at) throws IOException {
    Decision d =
        new Decision(
            Decision.MERGED, List.of(survivorId, mergedId), survivorId, mergedId, null, by, at);
    client.index(
        i -> i.index(ALIAS).id(Decision.mergedId(mergedId)).document(d).refresh(Refresh.True));
  }
}
