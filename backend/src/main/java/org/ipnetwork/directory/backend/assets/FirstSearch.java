package org.ipnetwork.directory.backend.assets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.facet.Facet;
import org.springframework.util.MultiValueMap;

/**
 * The public page's first search, as the URL main.js will ask for, so that the page's HTML can
 * preload it: the search then travels with the modules, the strings and the facet list instead of
 * after them, which on a slow overseas link is the longest wait before the results. The rules
 * mirror state.js ({@code fromQuery}, then {@code toQuery} with {@code forApi} and 20 a page) and
 * {@code browserLang} of i18n.js; when they ever differ, the browser fetches the search twice and
 * nothing else goes wrong. FirstSearchTest pins them.
 */
final class FirstSearch {

  static final int PAGE_SIZE = 20;
  private static final Set<String> SORTS = Set.of("relevance", "name", "verified");
  private static final Set<String> LANGS = Set.of("zh", "en");

  /**
   * {@code parseInt(value, 10)}: leading white space, a sign and the digits before anything else.
   */
  private static final Pattern PARSE_INT = Pattern.compile("^\\s*([+-]?\\d+)");

  private FirstSearch() {}

  /**
   * {@code /api/v1/search?…} for the page's query parameters and the browser's languages; {@code
   * null} for a search near a place, whose parameters the page normalises in ways (a place's name,
   * a radius with its unit, a sort that needs the place) not worth mirroring for a rare first
   * visit, and for the shortlist view, which searches nothing.
   */
  static String path(MultiValueMap<String, String> params, String acceptLanguage) {
    List<String[]> out = parameters(params, acceptLanguage);
    return out == null ? null : path(out);
  }

  /** {@code /api/v1/search?…} of parameters {@link #parameters} made. */
  static String path(List<String[]> out) {
    StringJoiner query = new StringJoiner("&");
    // URLEncoder writes what URLSearchParams writes: '+' for a space, only *-._ left as they are.
    for (String[] kv : out) {
      query.add(kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
    }
    return "/api/v1/search?" + query;
  }

  /**
   * The parameters of {@link #path}, as name and value pairs in their order; {@code null} when the
   * page searches nothing first that is worth preparing.
   */
  static List<String[]> parameters(MultiValueMap<String, String> params, String acceptLanguage) {
    if (params.containsKey("near") || "shortlist".equals(first(params, "view"))) {
      return null;
    }
    String lang = lang(params, acceptLanguage);
    List<String[]> out = new ArrayList<>();
    String q = query(params);
    if (!q.isEmpty()) {
      out.add(new String[] {"q", q});
    }
    for (String facet : Facet.parameters()) {
      StringJoiner codes = new StringJoiner(",");
      for (String value : params.getOrDefault(facet, List.of())) {
        for (String code : value.split(",", -1)) {
          if (!code.strip().isEmpty()) {
            codes.add(code.strip());
          }
        }
      }
      if (codes.length() > 0) {
        out.add(new String[] {facet, codes.toString()});
      }
    }
    if ("true".equals(first(params, "verified"))) {
      out.add(new String[] {"verified", "true"});
    }
    String sort = first(params, "sort");
    if (sort != null && SORTS.contains(sort) && !"relevance".equals(sort)) {
      out.add(new String[] {"sort", sort});
    }
    Long parsed = parseInt(first(params, "page"));
    String after = first(params, "after");
    after = after == null ? "" : after.length() > 2000 ? after.substring(0, 2000) : after;
    boolean deep = !after.isEmpty() && parsed != null && parsed > 1;
    long page = parsed != null && parsed >= 1 && parsed <= (deep ? 1_000_000 : 500) ? parsed : 1;
    deep = deep && page > 1;
    if (page > 1 && !deep) {
      out.add(new String[] {"page", String.valueOf(page)});
    }
    if (deep) {
      out.add(new String[] {"cursor", after});
    }
    if ("false".equals(first(params, "interpret"))) {
      out.add(new String[] {"interpret", "false"});
    }
    out.add(new String[] {"lang", lang});
    out.add(new String[] {"size", String.valueOf(PAGE_SIZE)});
    return out;
  }

  /** The URL's {@code q} as state.js's fromQuery keeps it: at most 200 characters. */
  static String query(MultiValueMap<String, String> params) {
    String q = first(params, "q");
    return q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
  }

  /** The page's language: {@code lang} of its URL, else the browser's ({@link #browserLang}). */
  static String lang(MultiValueMap<String, String> params, String acceptLanguage) {
    String lang = first(params, "lang");
    return lang != null && LANGS.contains(lang) ? lang : browserLang(acceptLanguage);
  }

  /** i18n.js's browserLang over the Accept-Language header Chromium derives from the same list. */
  static String browserLang(String acceptLanguage) {
    if (acceptLanguage != null) {
      for (String range : acceptLanguage.split(",")) {
        String primary = range.split(";")[0].strip().toLowerCase(Locale.ROOT).split("-")[0];
        if (LANGS.contains(primary)) {
          return primary;
        }
      }
    }
    return "zh";
  }

  private static String first(MultiValueMap<String, String> params, String name) {
    return params.getFirst(name);
  }

  /** {@code parseInt(value, 10)}; {@code null} where it gives NaN (or a number too long). */
  static Long parseInt(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = PARSE_INT.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      return Long.parseLong(m.group(1));
    } catch (NumberFormatException tooLong) {
      return null;
    }
  }
}
