package org.ipnetwork.directory.backend.search;

import static org.ipnetwork.directory.backend.web.RequestParameters.bool;
import static org.ipnetwork.directory.backend.web.RequestParameters.integer;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.place.CityIndex;
import org.ipnetwork.directory.backend.resilience.ResilienceProperties;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.GeoPoint;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Turns raw query parameters into {@link SearchParameters}, naming the parameter of every value it
 * cannot use, and decides which recognised terms of {@code q} become filters (see docs/search.md,
 * "Query understanding").
 */
@Component
class SearchParameterParser {

  static final double DEFAULT_RADIUS_KM = 100;
  static final double MAX_RADIUS_KM = 2000;
  static final int MAX_NEAR = 100;

  private static final Pattern LAT_LON =
      Pattern.compile("\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*");
  private static final Pattern RADIUS = Pattern.compile("\\s*(\\d{1,5}(?:\\.\\d+)?)\\s*(km)?\\s*");

  private final Taxonomies taxonomies;
  private final CityIndex cities;
  private final QueryInterpreter interpreter;
  private final CursorSeal seal;
  private final int maxTextTerms;

  @Autowired
  SearchParameterParser(
      Taxonomies taxonomies, CityIndex cities, CursorSeal seal, ResilienceProperties properties) {
    this(taxonomies, cities, seal, properties.searches().maxTextTerms());
  }

  SearchParameterParser(
      Taxonomies taxonomies, CityIndex cities, CursorSeal seal, int maxTextTerms) {
    this.taxonomies = taxonomies;
    this.cities = cities;
    this.seal = seal;
    this.maxTextTerms = maxTextTerms;
    this.interpreter = new QueryInterpreter(taxonomies);
  }

  SearchParameters parse(MultiValueMap<String, String> params, Lang lang, Scope scope) {
    String q = TextNormalizer.clean(params.getFirst("q"));
    if (q != null && q.codePointCount(0, q.length()) > SearchParameters.MAX_Q) {
      throw new InvalidParameterException(
          "q", "q is longer than " + SearchParameters.MAX_Q + " characters.");
    }
    Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.all()) {
      Set<String> codes = codes(params.get(facet.parameter()), facet);
      codes.forEach(c -> scope.requireInside(facet, c));
      if (!codes.isEmpty()) {
        selected.put(facet, codes);
      }
    }
    Boolean verified = bool(params.getFirst("verified"), "verified");
    Boolean interpret = bool(params.getFirst("interpret"), "interpret");
    int page = integer(params.getFirst("page"), "page", 1, 1, SearchParameters.MAX_PAGE);
    int size =
        integer(
            params.getFirst("size"),
            "size",
            SearchParameters.DEFAULT_SIZE,
            1,
            SearchParameters.MAX_SIZE);
    if ((long) page * size > 10_000) {
      throw new InvalidParameterException(
          "page", "page × size may not exceed 10000; use the cursor for deep paging.");
    }
    SearchParameters.Near near = near(params.getFirst("near"), params.getFirst("radius"));
    SearchSort sort = SearchSort.parse(params.getFirst("sort"));
    if (sort == SearchSort.DISTANCE && near == null) {
      throw new InvalidParameterException("sort", "sort=distance needs near.");
    }
    String sortKey = sort.cursorKey(lang);
    String rawCursor = params.getFirst("cursor");
    Cursor cursor = null;
    if (rawCursor != null && !rawCursor.isBlank()) {
      if (page != 1) {
        throw new InvalidParameterException("page", "page cannot be combined with cursor.");
      }
      cursor = Cursor.decode(rawCursor, sort, sortKey, seal);
    }
    QueryInterpreter.Result understood =
        Boolean.FALSE.equals(interpret) ? QueryInterpreter.Result.NONE : interpreter.interpret(q);
    // Query understanding reads the whole text (in memory, cheap); what goes to Elasticsearch as
    // text is capped, since there each term costs a lookup per field (TextTerms).
    String text = TextTerms.cap(q, maxTextTerms);
    if (understood.remainingText() != null) {
      understood =
          new QueryInterpreter.Result(
              understood.matches(), TextTerms.cap(understood.remainingText(), maxTextTerms));
    }
    Set<QueryInterpreter.Match> filtering = filtering(understood, selected, scope);
    Set<Facet> allOf = EnumSet.noneOf(Facet.class);
    for (QueryInterpreter.Match m : filtering) {
      Set<String> codes = selected.computeIfAbsent(m.facet(), f -> new LinkedHashSet<>());
      codes.add(m.code());
      if (m.facet() == Facet.SERVICE && codes.size() > 1) {
        // Services named together mean a firm that does all of them: naming more never widens.
        allOf.add(Facet.SERVICE);
      }
    }
    return new SearchParameters(
        text,
        selected,
        allOf,
        verified,
        lang,
        page,
        size,
        sort,
        near,
        cursor,
        understood,
        filtering,
        scope,
        SearchParameters.Relaxed.NONE);
  }

  /**
   * Which recognised terms filter: places (countries, regions, continents, cities' countries) when
   * the caller chose no place, services when the caller chose no service; whatever else the query
   * says (leftover words, filler) does not matter. Values outside the partner scope never filter.
   * Industries, organisation types, kinds and the services a jargon term only relates to rank: too
   * fuzzy to exclude on.
   */
  private static Set<QueryInterpreter.Match> filtering(
      QueryInterpreter.Result understood, Map<Facet, Set<String>> selected, Scope scope) {
    Set<QueryInterpreter.Match> out = new LinkedHashSet<>();
    boolean placeChosen = selected.keySet().stream().anyMatch(SearchParameterParser::place);
    boolean serviceChosen = selected.containsKey(Facet.SERVICE);
    for (QueryInterpreter.Match m : understood.matches()) {
      boolean free =
          place(m.facet())
              ? !placeChosen
              : m.facet() == Facet.SERVICE && !serviceChosen && !m.ranksOnly();
      if (free && scope.inside(m.facet(), m.code())) {
        out.add(m);
      }
    }
    return out;
  }

  /** The facets of where a listing is: the geography hierarchy and the regions. */
  static boolean place(Facet facet) {
    return facet.root() == Facet.COUNTRY.root() || facet == Facet.REGION;
  }

  /** Values may repeat the parameter or be comma-separated; codes are matched exactly. */
  private Set<String> codes(List<String> raw, Facet facet) {
    Set<String> out = new LinkedHashSet<>();
    if (raw == null) {
      return out;
    }
    Taxonomy taxonomy = facet.taxonomy(taxonomies);
    for (String value : raw) {
      for (String code : value.split(",")) {
        String c = code.trim();
        if (c.isEmpty()) {
          continue;
        }
        if (!taxonomy.contains(c)) {
          throw new InvalidParameterException(
              facet.parameter(),
              "Unknown " + facet.parameter() + " code '" + c + "'. See GET /api/v1/taxonomies.");
        }
        out.add(c);
      }
    }
    return out;
  }

  private SearchParameters.Near near(String rawNear, String rawRadius) {
    if (rawNear == null || rawNear.isBlank()) {
      if (rawRadius != null && !rawRadius.isBlank()) {
        throw new InvalidParameterException("radius", "radius needs near.");
      }
      return null;
    }
    if (rawNear.length() > MAX_NEAR) {
      throw new InvalidParameterException(
          "near", "near is longer than " + MAX_NEAR + " characters.");
    }
    GeoPoint point;
    Matcher m = LAT_LON.matcher(rawNear);
    if (m.matches()) {
      double lat = Double.parseDouble(m.group(1));
      double lon = Double.parseDouble(m.group(2));
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        throw new InvalidParameterException(
            "near", "near must be lat,lon with -90 ≤ lat ≤ 90 and -180 ≤ lon ≤ 180.");
      }
      point = new GeoPoint(lat, lon);
    } else {
      point =
          cities
              .find(rawNear)
              .map(c -> new GeoPoint(c.lat(), c.lon()))
              .orElseThrow(
                  () ->
                      new InvalidParameterException(
                          "near",
                          "near must be lat,lon or the name of a city of 50,000 people or more"
                              + " (optionally with a country code: San Jose,US)."));
    }
    double radius = DEFAULT_RADIUS_KM;
    if (rawRadius != null && !rawRadius.isBlank()) {
      Matcher r = RADIUS.matcher(rawRadius.toLowerCase(java.util.Locale.ROOT));
      if (!r.matches()) {
        throw new InvalidParameterException("radius", "radius must be kilometres, e.g. 50km.");
      }
      radius = Double.parseDouble(r.group(1));
      if (radius <= 0 || radius > MAX_RADIUS_KM) {
        throw new InvalidParameterException(
            "radius", "radius must be more than 0 and at most " + (int) MAX_RADIUS_KM + "km.");
      }
    }
    return new SearchParameters.Near(point, radius);
  }
}
