package org.ipnetwork.directory.backend.instantsearch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Turns one InstantSearch query into the parameters of {@code GET /api/v1/search}, so that the
 * search itself (validation, partner scope, query understanding, relevance, disjunctive counts) is
 * the directory's own, and into what the answer must look like (page, facets, highlight tags).
 */
final class QueryTranslator {

  static final String PRE_TAG = "__ais-highlight__";
  static final String POST_TAG = "__/ais-highlight__";
  static final int DEFAULT_HITS_PER_PAGE = 20;
  static final int MAX_HITS_PER_PAGE = 50;
  static final int DEFAULT_MAX_VALUES = 100;
  static final int MAX_VALUES = 1000;
  static final int MAX_PAGE = 499;

  private static final Pattern VERIFIED =
      Pattern.compile("\\s*verified\\s*(=|!=|>=|>|<=|<)\\s*([01])\\s*");
  private static final Pattern LAT_LNG =
      Pattern.compile("\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*");

  /**
   * One query, translated.
   *
   * @param search the parameters of {@code GET /api/v1/search}
   * @param hits whether hits are wanted ({@code hitsPerPage=0}: counts only)
   * @param page Algolia's page, from 0
   * @param facets the attributes whose value counts are wanted
   */
  record Translated(
      MultiValueMap<String, String> search,
      Lang lang,
      boolean hits,
      int page,
      int hitsPerPage,
      List<Attributes.Attribute> facets,
      int maxValuesPerFacet,
      String preTag,
      String postTag,
      Attributes.Values values) {}

  private final Attributes attributes;

  QueryTranslator(Attributes attributes) {
    this.attributes = attributes;
  }

  /**
   * @param lang the request's language, unless the query's {@code lang} says otherwise
   */
  Translated translate(AlgoliaParams p, Lang lang) {
    MultiValueMap<String, String> search = new LinkedMultiValueMap<>();
    Lang answerLang = lang(p, lang);
    String query = p.text("query");
    if (query != null) {
      search.add("q", query);
    }
    facetFilters(p)
        .forEach((facet, codes) -> search.add(facet.parameter(), String.join(",", codes)));
    numericFilters(p, search);
    for (String unsupported : List.of("filters", "tagFilters")) {
      if (p.has(unsupported) && !p.list(unsupported).isEmpty()) {
        throw new InvalidParameterException(
            unsupported, unsupported + " is not supported; use facetFilters.");
      }
    }
    around(p, search);
    for (String own : List.of("interpret", "sort")) {
      if (p.has(own)) {
        search.add(own, p.text(own));
      }
    }
    int hitsPerPage = p.integer("hitsPerPage", DEFAULT_HITS_PER_PAGE, 0, MAX_HITS_PER_PAGE);
    int page = p.integer("page", 0, 0, MAX_PAGE);
    boolean hits = hitsPerPage > 0;
    if (hits) {
      search.add("page", Integer.toString(page + 1));
      search.add("size", Integer.toString(hitsPerPage));
    }
    return new Translated(
        search,
        answerLang,
        hits,
        page,
        hitsPerPage,
        facets(p),
        p.integer("maxValuesPerFacet", DEFAULT_MAX_VALUES, 1, MAX_VALUES),
        p.has("highlightPreTag") ? p.text("highlightPreTag") : PRE_TAG,
        p.has("highlightPostTag") ? p.text("highlightPostTag") : POST_TAG,
        values(p));
  }

  static Lang lang(AlgoliaParams p, Lang fallback) {
    String raw = p.text("lang");
    if (raw == null) {
      return fallback;
    }
    try {
      return Lang.fromCode(raw);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("lang", "lang must be zh or en.");
    }
  }

  static Attributes.Values values(AlgoliaParams p) {
    String raw = p.text("facetValues");
    if (raw == null || raw.equals("label")) {
      return Attributes.Values.LABEL;
    }
    if (raw.equals("code")) {
      return Attributes.Values.CODE;
    }
    throw new InvalidParameterException("facetValues", "facetValues must be label or code.");
  }

  /**
   * The codes chosen per facet. Values of one facet are ORed, as in the directory's search, even
   * when they come in separate groups (a refinement list and a hierarchical menu on the country);
   * an OR group across facets cannot be expressed and is refused, as is negation.
   */
  Map<Facet, Set<String>> facetFilters(AlgoliaParams p) {
    Map<Facet, Set<String>> out = new EnumMap<>(Facet.class);
    for (List<String> group : p.filters("facetFilters")) {
      Facet groupFacet = null;
      for (String filter : group) {
        int colon = filter.indexOf(':');
        if (colon <= 0 || colon == filter.length() - 1) {
          throw new InvalidParameterException(
              "facetFilters", "facetFilters must be attribute:value, not '" + filter + "'.");
        }
        String name = unquote(filter.substring(0, colon));
        String value = unquote(filter.substring(colon + 1));
        if (name.startsWith("-") || value.startsWith("-")) {
          throw new InvalidParameterException(
              "facetFilters", "Negated facet filters ('" + filter + "') are not supported.");
        }
        if (value.startsWith("\\-")) {
          value = value.substring(1);
        }
        Attributes.Attribute attribute =
            attributes
                .byName(name)
                .orElseThrow(
                    () ->
                        new InvalidParameterException(
                            "facetFilters", "Unknown facet attribute '" + name + "'."));
        if (groupFacet != null && groupFacet != attribute.facet()) {
          throw new InvalidParameterException(
              "facetFilters", "An OR group of facetFilters may only hold values of one facet.");
        }
        groupFacet = attribute.facet();
        out.computeIfAbsent(attribute.facet(), f -> new LinkedHashSet<>())
            .add(attributes.code(attribute, value, "facetFilters"));
      }
    }
    return out;
  }

  private static String unquote(String s) {
    String t = s.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1)
        : t;
  }

  /** The one numeric attribute: {@code verified} (1 when a verification date is known). */
  private static void numericFilters(AlgoliaParams p, MultiValueMap<String, String> search) {
    for (List<String> group : p.filters("numericFilters")) {
      if (group.size() != 1) {
        throw new InvalidParameterException(
            "numericFilters", "numericFilters cannot be ORed here.");
      }
      Matcher m = VERIFIED.matcher(group.get(0));
      if (!m.matches()) {
        throw new InvalidParameterException(
            "numericFilters",
            "numericFilters supports verified=1 and verified=0 only, not '" + group.get(0) + "'.");
      }
      int v = Integer.parseInt(m.group(2));
      Set<Integer> matching = new LinkedHashSet<>();
      for (int value : new int[] {0, 1}) {
        boolean in =
            switch (m.group(1)) {
              case "=" -> value == v;
              case "!=" -> value != v;
              case ">" -> value > v;
              case ">=" -> value >= v;
              case "<" -> value < v;
              default -> value <= v;
            };
        if (in) {
          matching.add(value);
        }
      }
      if (matching.size() == 2) {
        continue;
      }
      if (matching.isEmpty()) {
        throw new InvalidParameterException(
            "numericFilters", "'" + group.get(0) + "' matches no listing.");
      }
      boolean verified = matching.contains(1);
      search.add("verified", Boolean.toString(verified));
    }
  }

  /**
   * {@code aroundLatLng} and {@code aroundRadius} (metres, or {@code all}: the widest, 2000 km).
   */
  private static void around(AlgoliaParams p, MultiValueMap<String, String> search) {
    String latLng = p.text("aroundLatLng");
    String radius = p.text("aroundRadius");
    if (latLng == null) {
      if (radius != null) {
        throw new InvalidParameterException("aroundRadius", "aroundRadius needs aroundLatLng.");
      }
      return;
    }
    if (!LAT_LNG.matcher(latLng).matches()) {
      throw new InvalidParameterException("aroundLatLng", "aroundLatLng must be 'lat, lng'.");
    }
    search.add("near", latLng.replace(" ", ""));
    if (radius == null) {
      return;
    }
    if (radius.toLowerCase(Locale.ROOT).equals("all")) {
      search.add("radius", "2000km");
      return;
    }
    try {
      BigDecimal km = new BigDecimal(radius).movePointLeft(3);
      search.add("radius", km.stripTrailingZeros().toPlainString() + "km");
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("aroundRadius", "aroundRadius must be metres or all.");
    }
  }

  private List<Attributes.Attribute> facets(AlgoliaParams p) {
    List<Attributes.Attribute> out = new ArrayList<>();
    for (String name : p.list("facets")) {
      if (name.equals("*")) {
        return attributes.all();
      }
      out.add(
          attributes
              .byName(name)
              .orElseThrow(
                  () ->
                      new InvalidParameterException(
                          "facets", "Unknown facet attribute '" + name + "'.")));
    }
    return out;
  }
}
