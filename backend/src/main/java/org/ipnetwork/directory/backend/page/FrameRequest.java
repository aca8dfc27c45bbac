package org.ipnetwork.directory.backend.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of the no-JS frame, leniently read: unknown languages fall back to Chinese, bad
 * page numbers to 1; facet codes are passed on and validated by the search API.
 */
record FrameRequest(
    String key, String lang, String q, Map<String, List<String>> filters, int page) {

  static final int SIZE = 10;
  static final int MAX_PAGE = 100;

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
    return new FrameRequest(trim(params.getFirst("key"), 200), lang, q, filters, page);
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
