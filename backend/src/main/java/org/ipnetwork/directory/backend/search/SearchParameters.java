package org.ipnetwork.directory.backend.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.taxonomy.Taxonomy;
import org.ipnetwork.directory.text.TextNormalizer;
import org.springframework.util.MultiValueMap;

/**
 * A validated search request: every code known to the taxonomies, every number in range. Built from
 * the raw query parameters so that each bad value is reported with its parameter's name.
 *
 * @param q cleaned query text, or {@code null}
 * @param selected the chosen codes of each facet (values of one facet are ORed)
 * @param verified only listings with a verification date
 */
record SearchParameters(
    String q, Map<Facet, Set<String>> selected, Boolean verified, Lang lang, int page, int size) {

  static final int MAX_Q = 200;
  static final int MAX_SIZE = 50;
  static final int DEFAULT_SIZE = 20;
  static final int MAX_PAGE = 500;

  Set<String> selected(Facet facet) {
    return selected.getOrDefault(facet, Set.of());
  }

  int from() {
    return (page - 1) * size;
  }

  static SearchParameters parse(
      MultiValueMap<String, String> params, Lang lang, Taxonomies taxonomies) {
    String q = TextNormalizer.clean(params.getFirst("q"));
    if (q != null && q.codePointCount(0, q.length()) > MAX_Q) {
      throw new InvalidParameterException("q", "q is longer than " + MAX_Q + " characters.");
    }
    Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      Set<String> codes = codes(params.get(facet.parameter()), facet, taxonomies);
      if (!codes.isEmpty()) {
        selected.put(facet, codes);
      }
    }
    Boolean verified = bool(params.getFirst("verified"));
    int page = integer(params.getFirst("page"), "page", 1, 1, MAX_PAGE);
    int size = integer(params.getFirst("size"), "size", DEFAULT_SIZE, 1, MAX_SIZE);
    if ((long) page * size > 10_000) {
      throw new InvalidParameterException(
          "page", "page × size may not exceed 10000; use the cursor for deep paging.");
    }
    return new SearchParameters(q, selected, verified, lang, page, size);
  }

  /** Values may repeat the parameter or be comma-separated; codes are matched exactly. */
  private static Set<String> codes(List<String> raw, Facet facet, Taxonomies taxonomies) {
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

  private static Boolean bool(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.trim()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidParameterException("verified", "verified must be true or false.");
    };
  }

  private static int integer(String raw, String name, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw.trim());
      if (v < min || v > max) {
        throw new InvalidParameterException(
            name, name + " must be between " + min + " and " + max + ".");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, name + " must be a whole number.");
    }
  }
}
