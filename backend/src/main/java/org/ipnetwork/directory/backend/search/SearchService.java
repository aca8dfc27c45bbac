package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import org.ipnetwork.directory.backend.elasticsearch.Calls;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchProperties;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Runs a search: one non-blocking Elasticsearch round trip, bounded by the request timeout. */
@Service
class SearchService {

  private final ElasticsearchAsyncClient client;
  private final SearchQuery query;
  private final SearchResults results;
  private final ElasticsearchProperties properties;

  SearchService(
      ElasticsearchAsyncClient client, Taxonomies taxonomies, ElasticsearchProperties properties) {
    this.client = client;
    this.properties = properties;
    this.query = new SearchQuery(taxonomies, properties.requestTimeout());
    this.results = new SearchResults(taxonomies);
  }

  Mono<SearchResponse> search(SearchParameters p) {
    return Calls.mono(
            () -> client.search(query.build(p), Listing.class), properties.requestTimeout())
        .map(body -> results.toResponse(p, body));
  }
}
