package org.ipnetwork.directory.backend.facetvalues;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.search.SearchCriteria;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.ipnetwork.directory.taxonomy.Term;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Search inside one facet's values ("越" or "viet" finds Vietnam): the taxonomy is matched in
 * memory, then one request counts the matching codes under the other facets' selections, exactly as
 * the facet's counts in a search would be.
 */
@Service
public class FacetValues {

  public static final int MAX_Q = 50;

  /**
   * The values of a facet.
   *
   * @param values matching values: prefix matches before contains matches, then by count
   */
  public record Response(String facet, List<SearchResponse.FacetBucket> values) {}

  private record Candidate(Term term, int rank, int order) {}

  private final ElasticsearchGateway elasticsearch;
  private final Taxonomies taxonomies;

  public FacetValues(ElasticsearchGateway elasticsearch, Taxonomies taxonomies) {
    this.elasticsearch = elasticsearch;
    this.taxonomies = taxonomies;
  }

  /**
   * The values of {@code facet} whose labels or synonyms match {@code valueQuery} ({@code null}:
   * all), counted under {@code criteria}'s other selections.
   */
  public Mono<Response> values(Facet facet, String valueQuery, SearchCriteria criteria) {
    List<Candidate> candidates = candidates(facet, valueQuery, criteria);
    if (candidates.isEmpty()) {
      return Mono.just(new Response(facet.parameter(), List.of()));
    }
    List<String> codes = candidates.stream().map(c -> c.term().code()).toList();
    return elasticsearch
        .searchListings(
            r ->
                r.size(0)
                    .query(q -> q.bool(b -> b.filter(criteria.filtersExcept(facet))))
                    .aggregations(
                        "values",
                        a ->
                            a.terms(
                                t ->
                                    t.field(facet.field())
                                        .size(codes.size())
                                        .include(i -> i.terms(codes)))),
            Void.class)
        .map(
            body -> {
              Map<String, Long> counts = new HashMap<>();
              for (StringTermsBucket b :
                  body.aggregations().get("values").sterms().buckets().array()) {
                counts.put(b.key().stringValue(), b.docCount());
              }
              return response(facet, candidates, counts, criteria);
            });
  }

  private Response response(
      Facet facet, List<Candidate> candidates, Map<String, Long> counts, SearchCriteria criteria) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Candidate::rank)
            .thenComparing(c -> -counts.getOrDefault(c.term().code(), 0L))
            .thenComparingInt(Candidate::order));
    List<SearchResponse.FacetBucket> values = new ArrayList<>();
    for (Candidate c : sorted) {
      String code = c.term().code();
      values.add(
          new SearchResponse.FacetBucket(
              code,
              c.term().label(criteria.lang()),
              counts.getOrDefault(code, 0L),
              criteria.selected(facet).contains(code),
              facet.parentCode(code, taxonomies)));
    }
    return new Response(facet.parameter(), values);
  }

  /** Terms whose label or synonym starts with (rank 0) or contains (rank 1) the text. */
  private List<Candidate> candidates(Facet facet, String valueQuery, SearchCriteria criteria) {
    Taxonomy taxonomy = facet.taxonomy(taxonomies);
    String key = valueQuery == null ? null : TextNormalizer.key(valueQuery);
    List<Candidate> out = new ArrayList<>();
    int order = 0;
    for (Term term : taxonomy.terms()) {
      order++;
      if (!criteria.scope().inside(facet, term.code())) {
        continue;
      }
      int rank = key == null ? 0 : rank(term, key);
      if (rank >= 0) {
        out.add(new Candidate(term, rank, order));
      }
    }
    return out;
  }

  private static int rank(Term term, String key) {
    int best = -1;
    List<String> names = new ArrayList<>(term.englishTerms());
    names.addAll(term.chineseTerms());
    names.add(term.code());
    for (String name : names) {
      String n = TextNormalizer.key(name);
      if (n == null) {
        continue;
      }
      if (n.startsWith(key) || n.toLowerCase(Locale.ROOT).contains(" " + key)) {
        return 0;
      }
      if (n.contains(key)) {
        best = 1;
      }
    }
    return best;
  }
}
