package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;

/** Turns Elasticsearch's answer into the API's, with labels in the requested language. */
final class SearchResults {

  private final Taxonomies taxonomies;

  SearchResults(Taxonomies taxonomies) {
    this.taxonomies = taxonomies;
  }

  SearchResponse toResponse(SearchParameters p, ResponseBody<Listing> body) {
    List<SearchResponse.Hit> hits = body.hits().hits().stream().map(h -> hit(h, p.lang())).toList();
    Map<String, List<SearchResponse.FacetBucket>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      facets.put(facet.parameter(), buckets(facet, body.aggregations().get(facet.parameter()), p));
    }
    long total = body.hits().total() == null ? hits.size() : body.hits().total().value();
    return new SearchResponse(total, p.page(), p.size(), hits, facets);
  }

  private SearchResponse.Hit hit(Hit<Listing> h, Lang lang) {
    Listing l = h.source();
    String country = l.location() == null ? null : l.location().country();
    String continent = taxonomies.continentOf(country);
    String city =
        l.location() == null
            ? null
            : lang == Lang.ZH && l.location().cityZh() != null
                ? l.location().cityZh()
                : l.location().city();
    return new SearchResponse.Hit(
        l.id(),
        labeled(taxonomies.kinds(), l.kind() == null ? null : l.kind().code(), lang),
        l.name() == null ? null : l.name().zh(),
        l.name() == null ? null : l.name().en(),
        labeled(taxonomies.orgTypes(), l.orgType(), lang),
        labeled(taxonomies.countries(), country, lang),
        labeled(taxonomies.continents(), continent, lang),
        city,
        l.services().stream().map(c -> labeled(taxonomies.services(), c, lang)).toList(),
        l.industries().stream().map(c -> labeled(taxonomies.industries(), c, lang)).toList(),
        l.verification() != null && l.verification().lastVerified() != null,
        h.highlight().isEmpty() ? null : h.highlight());
  }

  private static SearchResponse.Labeled labeled(Taxonomy taxonomy, String code, Lang lang) {
    return code == null ? null : new SearchResponse.Labeled(code, taxonomy.label(code, lang));
  }

  /** Values with hits, by count; selected values stay listed at 0 so they can be unselected. */
  private List<SearchResponse.FacetBucket> buckets(
      Facet facet, Aggregate aggregate, SearchParameters p) {
    Taxonomy taxonomy = facet.taxonomy(taxonomies);
    Set<String> selected = p.selected(facet);
    List<SearchResponse.FacetBucket> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<StringTermsBucket> values =
        aggregate.filter().aggregations().get("values").sterms().buckets().array();
    for (StringTermsBucket b : values) {
      String code = b.key().stringValue();
      if (!taxonomy.contains(code)) {
        continue;
      }
      seen.add(code);
      out.add(bucket(facet, code, b.docCount(), selected.contains(code), p.lang(), taxonomy));
    }
    for (String code : selected) {
      if (!seen.contains(code)) {
        out.add(bucket(facet, code, 0, true, p.lang(), taxonomy));
      }
    }
    return out;
  }

  private SearchResponse.FacetBucket bucket(
      Facet facet, String code, long count, boolean selected, Lang lang, Taxonomy taxonomy) {
    String parent = facet == Facet.COUNTRY ? taxonomies.continentOf(code) : null;
    return new SearchResponse.FacetBucket(
        code, taxonomy.label(code, lang), count, selected, parent);
  }
}
