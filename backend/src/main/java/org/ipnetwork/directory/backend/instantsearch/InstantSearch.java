package org.ipnetwork.directory.backend.instantsearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.facetvalues.FacetValues;
import org.ipnetwork.directory.backend.search.DirectorySearch;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Answers InstantSearch's queries with the directory's own search ({@link DirectorySearch}) and
 * facet-value search ({@link FacetValues}): each query is translated into the parameters of {@code
 * GET /api/v1/search} ({@link QueryTranslator}) and the answer into Algolia's shape. Queries with
 * {@code hitsPerPage=0} (the facet counts InstantSearch asks for besides the main query) fetch no
 * hit; no query looks for the search's related answer, which InstantSearch has nowhere to show.
 */
@Service
class InstantSearch {

  static final int DEFAULT_FACET_HITS = 10;
  static final int MAX_FACET_HITS = 100;

  private final DirectorySearch search;
  private final FacetValues facetValues;
  private final Attributes attributes;
  private final QueryTranslator translator;
  private final HitMapper hits;

  InstantSearch(DirectorySearch search, FacetValues facetValues, Taxonomies taxonomies) {
    this.search = search;
    this.facetValues = facetValues;
    this.attributes = new Attributes(taxonomies);
    this.translator = new QueryTranslator(attributes);
    this.hits = new HitMapper(attributes);
  }

  Mono<InstantSearchResult> query(String index, AlgoliaParams p, Lang lang, Scope scope) {
    return Mono.defer(
            () -> {
              long start = System.nanoTime();
              QueryTranslator.Translated t = translator.translate(p, lang);
              return search
                  .searchStrict(t.search(), t.lang(), scope, t.hits())
                  .map(r -> result(index, p, t, r, millisSince(start)));
            })
        .onErrorMap(InvalidParameterException.class, InstantSearch::renamed);
  }

  Mono<InstantSearchResult.FacetSearch> facetValues(
      String attributeName, String facetQuery, AlgoliaParams p, Lang lang, Scope scope) {
    return Mono.defer(
            () -> {
              long start = System.nanoTime();
              Attributes.Attribute attribute =
                  attributes
                      .byName(attributeName)
                      .orElseThrow(
                          () ->
                              new InvalidParameterException(
                                  "facet", "Unknown facet attribute '" + attributeName + "'."));
              String text = TextNormalizer.clean(facetQuery);
              if (text != null && text.codePointCount(0, text.length()) > FacetValues.MAX_Q) {
                throw new InvalidParameterException(
                    "facetQuery",
                    "facetQuery is longer than " + FacetValues.MAX_Q + " characters.");
              }
              int max = p.integer("maxFacetHits", DEFAULT_FACET_HITS, 1, MAX_FACET_HITS);
              // As GET /api/v1/facets/{facet}/values: the facet's text replaces the search text.
              QueryTranslator.Translated t = translator.translate(p.without("query"), lang);
              return facetValues
                  .values(attribute.facet(), text, search.criteria(t.search(), t.lang(), scope))
                  .map(
                      r ->
                          new InstantSearchResult.FacetSearch(
                              r.values().stream()
                                  .filter(b -> b.count() > 0)
                                  .limit(max)
                                  .map(b -> facetHit(attribute, b, text, t))
                                  .toList(),
                              true,
                              millisSince(start)));
            })
        .onErrorMap(InvalidParameterException.class, InstantSearch::renamed);
  }

  private InstantSearchResult result(
      String index, AlgoliaParams p, QueryTranslator.Translated t, SearchResponse r, long millis) {
    int size = t.hitsPerPage();
    int nbPages =
        size == 0
            ? 0
            : (int)
                Math.min(
                    (r.total() + size - 1) / size,
                    Math.min(10_000 / size, QueryTranslator.MAX_PAGE + 1));
    return new InstantSearchResult(
        r.hits().stream().map(h -> hits.hit(h, t)).toList(),
        r.total(),
        t.page(),
        nbPages,
        size,
        facets(t, r),
        millis,
        p.text("query") == null ? "" : p.text("query"),
        p.encoded(),
        index,
        true,
        true,
        InstantSearchResult.Exhaustive.EXACT);
  }

  /** The counts of the requested attributes, from the search's disjunctive facet counts. */
  private Map<String, Map<String, Long>> facets(QueryTranslator.Translated t, SearchResponse r) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (Attributes.Attribute a : t.facets()) {
      Map<String, Long> values = new LinkedHashMap<>();
      for (SearchResponse.FacetBucket b :
          r.facets().getOrDefault(a.facet().parameter(), List.of())) {
        if (values.size() == t.maxValuesPerFacet()) {
          break;
        }
        values.merge(attributes.value(a, b.code(), t.lang(), t.values()), b.count(), Long::sum);
      }
      out.put(a.name(), values);
    }
    return out;
  }

  private InstantSearchResult.FacetHit facetHit(
      Attributes.Attribute a,
      SearchResponse.FacetBucket b,
      String text,
      QueryTranslator.Translated t) {
    String value = attributes.value(a, b.code(), t.lang(), t.values());
    String highlighted = value;
    if (text != null) {
      int at = value.toLowerCase(Locale.ROOT).indexOf(text.toLowerCase(Locale.ROOT));
      if (at >= 0) {
        int end = at + text.length();
        highlighted =
            value.substring(0, at)
                + t.preTag()
                + value.substring(at, end)
                + t.postTag()
                + value.substring(end);
      }
    }
    return new InstantSearchResult.FacetHit(value, highlighted, b.count());
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** A parameter of the directory's search, under the name the InstantSearch client used. */
  static InvalidParameterException renamed(InvalidParameterException e) {
    String name = e.parameter();
    if (name == null) {
      return e;
    }
    String algolia =
        switch (name) {
          case "q" -> "query";
          case "size" -> "hitsPerPage";
          case "near" -> "aroundLatLng";
          case "radius" -> "aroundRadius";
          case "verified" -> "numericFilters";
          default -> Facet.byParameter(name).isPresent() ? "facetFilters" : name;
        };
    return algolia.equals(name) ? e : new InvalidParameterException(algolia, e.getMessage());
  }
}
