package org.ipnetwork.directory.backend.search;

import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * The one entry point to the directory's search, for every feature that filters listings the way
 * {@code GET /api/v1/search} does: the same validation of the parameters, the same partner scope
 * and the same query understanding. The search itself is run here (for the API and the no-JS frame,
 * without an HTTP hop, so frame visitors are rate-limited and counted once); the map and the facet
 * value search take the validated {@link SearchCriteria} and count under them.
 */
@Component
public class DirectorySearch {

  private final SearchService service;
  private final SearchParameterParser parser;
  private final Taxonomies taxonomies;

  DirectorySearch(SearchService service, SearchParameterParser parser, Taxonomies taxonomies) {
    this.service = service;
    this.parser = parser;
    this.taxonomies = taxonomies;
  }

  /** Searches with {@code params}; a bad value fails the Mono with a 400 naming it. */
  public Mono<SearchResponse> search(MultiValueMap<String, String> params, Lang lang, Scope scope) {
    return Mono.defer(() -> service.search(parser.parse(params, lang, scope)));
  }

  /**
   * The same search without a related answer, for clients that have nowhere to show one
   * (InstantSearch): always one round trip. With {@code hits} false it only counts: no hit is
   * fetched ({@code size: 0}), for the facet-count requests such clients send besides the main one.
   */
  public Mono<SearchResponse> searchStrict(
      MultiValueMap<String, String> params, Lang lang, Scope scope, boolean hits) {
    return Mono.defer(
        () -> {
          SearchParameters p = parser.parse(params, lang, scope);
          return service.strict(hits ? p : p.withPage(1).withSize(0));
        });
  }

  /**
   * The validated criteria of {@code params} (text, selections, scope, distance), for counting
   * under them.
   *
   * @throws org.ipnetwork.directory.backend.web.InvalidParameterException naming a bad value
   */
  public SearchCriteria criteria(MultiValueMap<String, String> params, Lang lang, Scope scope) {
    return new SearchCriteria(parser.parse(params, lang, scope), taxonomies);
  }
}
