package org.ipnetwork.directory.backend.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of the no-JS frame, leniently read: unknown languages fall back to Chinese, bad
 * page numbers to 1, radii not offered to the default; facet codes and the place are passed on and
 * validated by the search API.
 *
 * @param near a city name or "lat,lon", empty for none
 * @param radius kilometres around {@code near}, one of {@link #RADII}
 * @param byDistance nearest first: the default with a place, {@code sort=relevance} turns it off
 * @param shortlist the visitor's shortlist ({@code shortlist=ID,ID}), carried by every link of the
 *     frame as the page carries it in its URL: malformed ids dropped, each once, at most {@link
 *     #MAX_SHORTLIST}
 * @param shortlistView {@code view=shortlist}: the shortlist is shown instead of the search
 */
record FrameRequest(
    String key,
    String lang,
    String q,
    Map<String, List<String>> filters,
    int page,
    String near,
    int radius,
    boolean byDistance,
    List<String> shortlist,
    boolean shortlistView) {

  static final int SIZE = 10;
  static final int MAX_PAGE = 100;

  /** The radii offered, in kilometres; the page and the widget offer the same. */
  static final List<Integer> RADII = List.of(10, 25, 50, 100, 250, 500);

  static final int DEFAULT_RADIUS = 100;

  /** The most listings on a shortlist: as many as {@code GET /api/v1/listings?ids=} takes. */
  static final int MAX_SHORTLIST = 50;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

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
    List<String> shortlist = new ArrayList<>();
    for (String raw : params.getOrDefault("shortlist", List.of())) {
      for (String id : raw.split(",")) {
        String trimmed = id.strip();
        if (ID.matcher(trimmed).matches()
            && !shortlist.contains(trimmed)
            && shortlist.size() < MAX_SHORTLIST) {
          shortlist.add(trimmed);
        }
      }
    }
    return new FrameRequest(
        trim(params.getFirst("key"), 200),
        lang,
        q,
        filters,
        page,
        near,
        radius,
        byDistance,
        List.copyOf(shortlist),
        "shortlist".equals(params.getFirst("view")));
  }

  /**
   * The same frame with {@code id} put on or taken off the shortlist (a full list takes no more).
   */
  FrameRequest toggled(String id) {
    List<String> ids = new ArrayList<>(shortlist);
    if (!ids.remove(id) && ids.size() < MAX_SHORTLIST) {
      ids.add(id);
    }
    return withShortlist(ids);
  }

  FrameRequest withShortlist(List<String> ids) {
    return new FrameRequest(
        key, lang, q, filters, page, near, radius, byDistance, List.copyOf(ids), shortlistView);
  }

  boolean starred(String id) {
    return shortlist.contains(id);
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
