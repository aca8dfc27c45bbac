package org.ipnetwork.directory.backend.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.text.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * The one entry point to the directory's search, for every feature that filters listings the way
 * {@code GET /api/v1/search} does: the same validation of the parameters, the same partner scope
 * and the same query understanding. The search itself is run here (for the API and the no-JS frame,
 * without an HTTP hop, so frame visitors are rate-limited and counted once); the map and the facet
 * value search take the validated {@link SearchCriteria} and count under them.
 *
 * <p>The first page of every search run here is told to the {@link SearchObserver}s (the search
 * log) once answered; the further pages of a search are not new searches.
 */
@Component
public class DirectorySearch {

  private static final Logger log = LoggerFactory.getLogger(DirectorySearch.class);

  private final SearchService service;
  private final SearchParameterParser parser;
  private final Taxonomies taxonomies;
  private final List<SearchObserver> observers;
  private final Clock clock = Clock.systemUTC();

  @Autowired
  DirectorySearch(
      SearchService service,
      SearchParameterParser parser,
      Taxonomies taxonomies,
      ObjectProvider<SearchObserver> observers) {
    this(service, parser, taxonomies, observers.orderedStream().toList());
  }

  DirectorySearch(
      SearchService service,
      SearchParameterParser parser,
      Taxonomies taxonomies,
      List<SearchObserver> observers) {
    this.service = service;
    this.parser = parser;
    this.taxonomies = taxonomies;
    this.observers = List.copyOf(observers);
  }

  /** Searches with {@code params}; a bad value fails the Mono with a 400 naming it. */
  public Mono<SearchResponse> search(
      MultiValueMap<String, String> params,
      Lang lang,
      Scope scope,
      Caller caller,
      SearchEvent.Channel channel) {
    return Mono.defer(
        () -> {
          SearchParameters p = parser.parse(params, lang, scope);
          Mono<SearchResponse> answer = service.search(p);
          if (observers.isEmpty() || p.page() != 1 || p.cursor() != null) {
            return answer;
          }
          return answer.doOnNext(r -> tell(event(p, r, caller, channel)));
        });
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

  private void tell(SearchEvent event) {
    for (SearchObserver o : observers) {
      try {
        o.searched(event);
      } catch (RuntimeException e) {
        // An observer's failure never fails the search it observes.
        log.warn("Search observer {} failed: {}", o.getClass().getSimpleName(), e.toString());
      }
    }
  }

  private SearchEvent event(
      SearchParameters p, SearchResponse r, Caller caller, SearchEvent.Channel channel) {
    Map<String, Set<String>> understood = new LinkedHashMap<>();
    for (QueryInterpreter.Match m : p.interpretation().matches()) {
      if (m.facet() != null && m.code() != null) {
        understood.computeIfAbsent(m.facet().parameter(), f -> new LinkedHashSet<>()).add(m.code());
      }
    }
    Map<String, List<String>> selected = new LinkedHashMap<>();
    p.selected()
        .forEach(
            (facet, codes) -> {
              if (!codes.isEmpty()) {
                selected.put(facet.parameter(), List.copyOf(codes));
              }
            });
    Map<String, List<String>> understoodLists = new LinkedHashMap<>();
    understood.forEach((facet, codes) -> understoodLists.put(facet, new ArrayList<>(codes)));
    return new SearchEvent(
        clock.instant(),
        p.q(),
        p.q() == null ? null : TextNormalizer.key(p.q()),
        understoodLists,
        selected,
        p.verified(),
        p.near() != null,
        r.total(),
        r.total() == 0,
        r.total() < Relaxations.FEW,
        r.related() == null ? null : r.related().relaxation().code(),
        caller.partnerId(),
        p.lang().code(),
        channel.code());
  }
}
