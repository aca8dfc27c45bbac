package org.ipnetwork.directory.backend.search;

import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Runs a search: one non-blocking Elasticsearch round trip, within the gateway's time budget. */
@Service
class SearchService {

  private final ElasticsearchGateway elasticsearch;
  private final SearchQuery query;
  private final SearchResults results;

  SearchService(ElasticsearchGateway elasticsearch, Taxonomies taxonomies) {
    this.elasticsearch = elasticsearch;
    this.query = new SearchQuery(taxonomies);
    this.results = new SearchResults(taxonomies);
  }

  Mono<SearchResponse> search(SearchParameters p) {
    return elasticsearch
        .searchListings(b -> query.build(b, p), Listing.class)
        .map(body -> results.toResponse(p, body));
  }
}
