package org.ipnetwork.directory.backend.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of the no-JS frame, leniently read: unknown languages fall back to Chinese, bad
 * page numbers to 1, radii not offered to the default; facet codes and the place are passed on and
 * validated by the search API.
 *
 * @param near a city name or "lat,lon", empty for none
 * @param radius kilometres around {@code near}, one of {@link #RADII}
 * @param byDistance nearest first: the default with a place, {@code sort=relevance} turns it off
 */
record FrameRequest(
    String key,
    String lang,
    String q,
    Map<String, List<String>> filters,
    int page,
    String near,
    int radius,
    boolean byDistance) {

  static final int SIZE = 10;
  static final int MAX_PAGE = 100;

  /** The radii offered, in kilometres; the page and the widget offer the same. */
  static final List<Integer> RADII = List.of(10, 25, 50, 100, 250, 500);

  static final int DEFAULT_RADIUS = 100;

  static FrameRequest of(MultiValueMap<String, String> params) {
    String lang = "en".equals(params.getFirst("lang")) ? "en" : "zh";
    String q = trim(params.getFirst("q"), 200);
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String facet : FrameController.FACETS) {
      List<String> codes = new ArrayList<>();
      for (String raw : params.getOrDefault(facet, List.of())) {
        for (String code : raw.split(",")) {
          if (code.matches("[A-Za-z0-9_]{1,40}") && !codes.contains(code)) {
            codes.add(code);
          }
        }
      }
      if (!codes.isEmpty()) {
        filters.put(facet, codes);
      }
    }
    int page = 1;
    try {
      page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(params.getFirst("page"))));
    } catch (NumberFormatException | NullPointerException e) {
      // not a number: first page
    }
    String near = trim(params.getFirst("near"), 100);
    int radius = DEFAULT_RADIUS;
    try {
      int asked = Integer.parseInt(trim(params.getFirst("radius"), 10).replace("km", ""));
      radius = RADII.contains(asked) ? asked : DEFAULT_RADIUS;
    } catch (NumberFormatException e) {
      // not a number: the default
    }
    boolean byDistance = !near.isEmpty() && !"relevance".equals(params.getFirst("sort"));
    return new FrameRequest(
        trim(params.getFirst("key"), 200), lang, q, filters, page, near, radius, byDistance);
  }

  boolean hasPlace() {
    return !near.isEmpty();
  }

  boolean zh() {
    return lang.equals("zh");
  }

  boolean selected(String facet, String code) {
    return filters.getOrDefault(facet, List.of()).contains(code);
  }

  private static String trim(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
