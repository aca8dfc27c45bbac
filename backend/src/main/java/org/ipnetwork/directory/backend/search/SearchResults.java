package org.ipnetwork.directory.backend.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.listing.ContactsView;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.geo.City;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.ipnetwork.directory.understanding.Via;

/** Turns Elasticsearch's answer into the API's, with labels in the requested language. */
final class SearchResults {

  private final Taxonomies taxonomies;
  private final CursorSeal seal;

  SearchResults(Taxonomies taxonomies, CursorSeal seal) {
    this.taxonomies = taxonomies;
    this.seal = seal;
  }

  /**
   * The answer from the page's response ({@code null} for a count-only search) and the facets'
   * ({@link SearchQuery#buildPage}, {@link SearchQuery#buildFacets}).
   */
  SearchResponse toResponse(
      SearchParameters p, ResponseBody<Listing> page, ResponseBody<Listing> counts) {
    List<Hit<Listing>> raw = page == null ? List.of() : page.hits().hits();
    List<SearchResponse.Hit> hits = raw.stream().map(h -> hit(h, p)).toList();
    Map<String, List<SearchResponse.FacetBucket>> facets = new LinkedHashMap<>();
    List<DerivedFacets.Count> countries = values(counts, Facet.COUNTRY);
    for (Facet facet : Facet.all()) {
      List<DerivedFacets.Count> values =
          DerivedFacets.derived(facet, p)
              ? DerivedFacets.counts(facet, countries, taxonomies)
              : values(counts, facet);
      facets.put(facet.parameter(), buckets(facet, values, p, p.scope()));
    }
    long total = total(counts, p.from() + hits.size());
    long seen = p.before() + hits.size();
    String cursor =
        !raw.isEmpty() && seen < total
            ? new Cursor(p.sortKey(), Cursor.values(raw.get(raw.size() - 1).sort()), seen)
                .encode(seal)
            : null;
    return new SearchResponse(
        total, p.page(), p.size(), hits, facets, cursor, interpretation(p), null);
  }

  /** The listings found that match every selection: the facets' total, or their filter's. */
  private static long total(ResponseBody<Listing> counts, long atLeast) {
    Aggregate selected = counts.aggregations().get(SearchQuery.SELECTED);
    if (selected != null) {
      return selected.filter().docCount();
    }
    return counts.hits().total() == null ? atLeast : counts.hits().total().value();
  }

  private SearchResponse.Interpretation interpretation(SearchParameters p) {
    List<SearchResponse.Recognized> recognized =
        p.interpretation().matches().stream().map(m -> recognized(m, p)).toList();
    String remaining = p.q() == null ? null : p.interpretation().remainingText();
    return new SearchResponse.Interpretation(
        recognized, remaining, p.interpretation().correctedQuery(p.q()));
  }

  private SearchResponse.Recognized recognized(QueryInterpreter.Match m, SearchParameters p) {
    boolean filtered = p.filtering().contains(m);
    String via = m.via() == Via.EXACT ? null : m.via().name().toLowerCase(Locale.ROOT);
    if (m.city() != null) {
      City c = m.city();
      String label = p.lang() == Lang.ZH && c.nameZh() != null ? c.nameZh() : c.name();
      return new SearchResponse.Recognized(
          "city", c.name(), label, m.text(), filtered, m.corrected(), via, "city", null);
    }
    boolean inNetwork = m.facet() != Facet.COUNTRY || taxonomies.countries().contains(m.code());
    return new SearchResponse.Recognized(
        m.facet().parameter(),
        m.code(),
        label(m.facet(), m.code(), p.lang()),
        m.text(),
        filtered,
        m.corrected(),
        via,
        m.source() == QueryInterpreter.Source.GLOSSARY ? "glossary" : null,
        inNetwork ? null : Boolean.FALSE);
  }

  private String label(Facet facet, String code, Lang lang) {
    return Labels.of(taxonomies, facet, code, lang);
  }

  /** The hits of an answer, for a related block. */
  List<SearchResponse.Hit> hits(SearchParameters p, ResponseBody<Listing> body) {
    return body.hits().hits().stream().map(h -> hit(h, p)).toList();
  }

  private SearchResponse.Hit hit(Hit<Listing> h, SearchParameters p) {
    Lang lang = p.lang();
    Listing l = h.source();
    String country = l.location() == null ? null : l.location().country();
    String continent = taxonomies.continentOf(country);
    String city =
        l.location() == null
            ? null
            : lang == Lang.ZH && l.location().cityZh() != null
                ? l.location().cityZh()
                : l.location().city();
    GeoPoint geo = l.location() == null ? null : l.location().geo();
    Double distanceKm = p.near() == null || geo == null ? null : distanceKm(p.near().point(), geo);
    String lastVerified =
        l.verification() == null || l.verification().lastVerified() == null
            ? null
            : l.verification().lastVerified().toString();
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
        lastVerified != null,
        lastVerified,
        Highlighting.shown(h.highlight()),
        distanceKm,
        ContactsView.of(l.contacts()));
  }

  /**
   * Great-circle (haversine) distance rounded to 0.1 km; Elasticsearch's {@code arc} distance,
   * which the distance filter and sort use, agrees to well under that.
   */
  static double distanceKm(GeoPoint a, GeoPoint b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat()))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    double km = 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    return Math.round(km * 10) / 10.0;
  }

  private static SearchResponse.Labeled labeled(Taxonomy taxonomy, String code, Lang lang) {
    return code == null ? null : new SearchResponse.Labeled(code, taxonomy.label(code, lang));
  }

  /** The counts the node made for {@code facet} ({@link SearchQuery#buildFacets}). */
  private static List<DerivedFacets.Count> values(ResponseBody<Listing> counts, Facet facet) {
    Aggregate aggregate = counts.aggregations().get(facet.parameter());
    return aggregate.filter().aggregations().get("values").sterms().buckets().array().stream()
        .map(b -> new DerivedFacets.Count(b.key().stringValue(), b.docCount()))
        .toList();
  }

  /** Values with hits, by count; selected values stay listed at 0 so they can be unselected. */
  private List<SearchResponse.FacetBucket> buckets(
      Facet facet, List<DerivedFacets.Count> values, SearchParameters p, Scope scope) {
    Taxonomy taxonomy = facet.taxonomy(taxonomies);
    Set<String> selected = p.selected(facet);
    List<SearchResponse.FacetBucket> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (DerivedFacets.Count value : values) {
      String code = value.code();
      if (!taxonomy.contains(code) || !scope.inside(facet, code)) {
        continue;
      }
      seen.add(code);
      out.add(bucket(facet, code, value.count(), selected.contains(code), p.lang(), taxonomy));
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
    String parent = facet.parentCode(code, taxonomies);
    return new SearchResponse.FacetBucket(code, label(facet, code, lang), count, selected, parent);
  }
}
