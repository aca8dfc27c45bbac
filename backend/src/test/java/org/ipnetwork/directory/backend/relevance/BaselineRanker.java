package org.ipnetwork.directory.backend.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.ipnetwork.directory.index.ListingIndex;

/**
 * The reference a developer would build in an afternoon: the text sent straight to Elasticsearch as
 * one plain {@code multi_match} (best_fields, operator or) over the listing text, published
 * listings only. No query understanding, no boosts, no API.
 */
final class BaselineRanker {

  /** The text fields of the API's own query, with the same weights. */
  static final List<String> FIELDS =
      List.of(
          "name.zh^3",
          "name.en^3",
          "name.original^2",
          "taxonomy.zh^1.5",
          "taxonomy.en^1.5",
          "description.zh",
          "description.en",
          "location.city.text^2",
          "location.cityZh.text^2");

  private final ElasticsearchClient client;
  private final int depth;

  BaselineRanker(ElasticsearchClient client, int depth) {
    this.client = client;
    this.depth = depth;
  }

  Ranking rank(JudgedQuery query) {
    try {
      SearchResponse<Void> response = client.search(request(query.q(), depth), Void.class);
      List<String> ids = response.hits().hits().stream().map(Hit::id).toList();
      long total = response.hits().total() == null ? ids.size() : response.hits().total().value();
      return new Ranking(ids, total, 0, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SearchRequest request(String q, int size) {
    return SearchRequest.of(
        s ->
            s.index(ListingIndex.ALIAS)
                .size(size)
                .source(src -> src.fetch(false))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                .query(
                    query ->
                        query.bool(
                            b ->
                                b.filter(f -> f.term(t -> t.field("status").value("published")))
                                    .must(
                                        m ->
                                            m.multiMatch(
                                                mm ->
                                                    mm.query(q)
                                                        .fields(FIELDS)
                                                        .operator(Operator.Or))))));
  }
}
