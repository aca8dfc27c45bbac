package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.elasticsearch.SearchTooLargeException;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a search: one non-blocking Elasticsearch round trip (the page and the facet counts, sent at
 * the same time), within the gateway's time budget. When the first page finds fewer than three
 * listings, up to four more round trips look for a related answer ({@link Relaxations}), one after
 * the other, stopping at the first that finds anything.
 *
 * <p>The whole search keeps to one read budget: the related answer gets only what the strict one
 * left of it, and when that runs out, the one in flight is cancelled and the strict answer goes out
 * without a related one. Five round trips each just under the budget would otherwise make a request
 * take five budgets while every single call kept to its own.
 */
@Service
class SearchService {

  /** Hits of a related answer. */
  static final int RELATED_SIZE = 10;

  private final ElasticsearchGateway elasticsearch;
  private final SearchQuery query;
  private final SearchResults results;
  private final Relaxations relaxations;
  private final RelaxationMessages messages;

  SearchService(
      ElasticsearchGateway elasticsearch,
      Taxonomies taxonomies,
      UiStrings strings,
      CursorSeal seal) {
    this.elasticsearch = elasticsearch;
    this.query = new SearchQuery(taxonomies);
    this.results = new SearchResults(taxonomies, seal);
    this.relaxations = new Relaxations(taxonomies);
    this.messages = new RelaxationMessages(strings, taxonomies);
  }

  Mono<SearchResponse> search(SearchParameters p) {
    return Mono.defer(
        () -> {
          long started = System.nanoTime();
          return strict(p)
              .flatMap(
                  strict -> {
                    boolean firstPage = p.page() == 1 && p.cursor() == null;
                    if (!firstPage || strict.total() >= Relaxations.FEW) {
                      return Mono.just(strict);
                    }
                    Duration left =
                        elasticsearch
                            .readBudget()
                            .minus(Duration.ofNanos(System.nanoTime() - started));
                    if (left.isNegative() || left.isZero()) {
                      return Mono.just(strict);
                    }
                    // The related answer is a help, not the answer: a node too slow or away
                    // for it leaves the strict answer as it is.
                    return related(p, strict)
                        .timeout(left, Mono.empty())
                        .onErrorResume(ServiceUnavailableException.class, e -> Mono.empty())
                        .map(strict::withRelated)
                        .defaultIfEmpty(strict);
                  });
        });
  }

  /**
   * The search as asked, without looking for a related answer: the page and the facet counts, two
   * requests sent at the same time ({@link SearchQuery}). A count-only search (size 0) sends only
   * the second.
   */
  Mono<SearchResponse> strict(SearchParameters p) {
    Mono<SearchResponse> answer =
        p.size() == 0
            ? elasticsearch
                .searchListings(b -> query.buildFacets(b, p), Listing.class)
                .map(facets -> results.toResponse(p, null, facets))
            : elasticsearch
                .searchListingsTogether(
                    List.of(b -> query.buildPage(b, p), b -> query.buildFacets(b, p)),
                    Listing.class)
                .map(both -> results.toResponse(p, both.get(0), both.get(1)));
    return answer
        .onErrorMap(e -> e instanceof SearchTooLargeException && p.q() != null, e -> textTooLarge())
        .onErrorMap(e -> unnamed(e) && p.cursor() != null, e -> cursorRefused());
  }

  /** Elasticsearch refused the values of the search without saying which parameter they were. */
  private static boolean unnamed(Throwable e) {
    return e instanceof InvalidParameterException i && i.parameter() == null;
  }

  /**
   * The values a search carries that the parser cannot fully check are the cursor's: it is signed,
   * so this only happens after the index changed under it (a field's type, by a rebuild).
   */
  /** The only part of a search that can grow its clauses past the node's limit is the text. */
  private static InvalidParameterException textTooLarge() {
    return new InvalidParameterException(
        "q", "q expands to more than the index can search at once; use fewer words.");
  }

  private static InvalidParameterException cursorRefused() {
    return new InvalidParameterException(
        "cursor", "The cursor no longer fits the index; start again without it.");
  }

  private Mono<SearchResponse.Related> related(SearchParameters p, SearchResponse strict) {
    Set<String> shown =
        strict.hits().stream()
            .map(SearchResponse.Hit::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    List<Relaxations.Candidate> candidates =
        relaxations.candidates(p, strict.total(), shown, serviceCounts(strict));
    return Flux.fromIterable(candidates)
        .concatMap(c -> run(c, p))
        .filter(r -> r.total() > 0)
        .next();
  }

  private Mono<SearchResponse.Related> run(Relaxations.Candidate c, SearchParameters strict) {
    SearchParameters relaxed = c.params().withSize(RELATED_SIZE);
    return elasticsearch
        .searchListings(b -> query.buildHits(b, relaxed), Listing.class)
        .map(body -> related(c, strict, relaxed, body));
  }

  private SearchResponse.Related related(
      Relaxations.Candidate c,
      SearchParameters strict,
      SearchParameters relaxed,
      ResponseBody<Listing> body) {
    long total = body.hits().total() == null ? 0 : body.hits().total().value();
    return new SearchResponse.Related(messages.of(c, strict), total, results.hits(relaxed, body));
  }

  private static Map<String, Long> serviceCounts(SearchResponse strict) {
    return strict.facets().getOrDefault(Facet.SERVICE.parameter(), List.of()).stream()
        .collect(
            Collectors.toMap(
                SearchResponse.FacetBucket::code, SearchResponse.FacetBucket::count, Long::sum));
  }
}
