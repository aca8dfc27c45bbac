package org.ipnetwork.directory.backend.instantsearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * A listing of the search's answer as an Algolia record: {@code objectID}, the facet attributes
 * with the values the facets use (labels, or codes with {@code facetValues=code}), {@code codes}
 * always with the codes, {@code geo.lvl0}/{@code geo.lvl1} for the hierarchical menu, and {@code
 * _highlightResult} ({@code name}, {@code nameZh}, {@code nameEn}) and {@code _snippetResult}
 * ({@code description}) with the client's tags.
 */
final class HitMapper {

  private final Attributes attributes;

  HitMapper(Attributes attributes) {
    this.attributes = attributes;
  }

  Map<String, Object> hit(SearchResponse.Hit h, QueryTranslator.Translated t) {
    Lang lang = t.lang();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("objectID", h.id());
    boolean zhName = lang == Lang.ZH && h.nameZh() != null || h.nameEn() == null;
    out.put("name", zhName ? h.nameZh() : h.nameEn());
    out.put("nameZh", h.nameZh());
    out.put("nameEn", h.nameEn());
    out.put(Facet.KIND.parameter(), value(Facet.KIND, h.kind(), t));
    out.put(Facet.ORG_TYPE.parameter(), value(Facet.ORG_TYPE, h.orgType(), t));
    out.put(Facet.COUNTRY.parameter(), value(Facet.COUNTRY, h.country(), t));
    out.put(Facet.CONTINENT.parameter(), value(Facet.CONTINENT, h.continent(), t));
    out.put("city", h.city());
    out.put(
        Facet.SERVICE.parameter(),
        h.services().stream().map(s -> value(Facet.SERVICE, s, t)).toList());
    out.put(
        Facet.INDUSTRY.parameter(),
        h.industries().stream().map(s -> value(Facet.INDUSTRY, s, t)).toList());
    out.put("geo", geo(h, t));
    out.put("codes", codes(h));
    out.put("verified", h.verified());
    out.put("lastVerified", h.lastVerified());
    out.put("distanceKm", h.distanceKm());
    out.put("contacts", h.contacts());
    Map<String, List<String>> marked = h.highlight() == null ? Map.of() : h.highlight();
    Map<String, HighlightResult> highlight = new LinkedHashMap<>();
    HighlightResult nameZh = highlight(marked.get("name.zh"), h.nameZh(), t);
    HighlightResult nameEn = highlight(marked.get("name.en"), h.nameEn(), t);
    highlight.put("name", zhName ? nameZh : nameEn);
    highlight.put("nameZh", nameZh);
    highlight.put("nameEn", nameEn);
    out.put("_highlightResult", highlight);
    List<String> description = marked.get(lang == Lang.ZH ? "description.zh" : "description.en");
    if (description == null) {
      description = marked.get(lang == Lang.ZH ? "description.en" : "description.zh");
    }
    if (description != null && !description.isEmpty()) {
      out.put(
          "_snippetResult",
          Map.of("description", HighlightResult.of(description.get(0), t.preTag(), t.postTag())));
    }
    return out;
  }

  private static HighlightResult highlight(
      List<String> fragments, String text, QueryTranslator.Translated t) {
    return fragments == null || fragments.isEmpty()
        ? HighlightResult.plain(text)
        : HighlightResult.of(fragments.get(0), t.preTag(), t.postTag());
  }

  private String value(Facet facet, SearchResponse.Labeled labeled, QueryTranslator.Translated t) {
    if (labeled == null) {
      return null;
    }
    return t.values() == Attributes.Values.CODE ? labeled.code() : labeled.label();
  }

  private Map<String, String> geo(SearchResponse.Hit h, QueryTranslator.Translated t) {
    Map<String, String> out = new LinkedHashMap<>();
    if (h.country() == null) {
      return out;
    }
    for (Attributes.Attribute a : attributes.all()) {
      if (a.hierarchical()) {
        String code = attributes.ancestor(Facet.COUNTRY, h.country().code(), a.facet());
        out.put(
            "lvl" + a.level(),
            code == null ? null : attributes.value(a, code, t.lang(), t.values()));
      }
    }
    return out;
  }

  private static Map<String, Object> codes(SearchResponse.Hit h) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(Facet.KIND.parameter(), h.kind() == null ? null : h.kind().code());
    out.put(Facet.ORG_TYPE.parameter(), h.orgType() == null ? null : h.orgType().code());
    out.put(Facet.COUNTRY.parameter(), h.country() == null ? null : h.country().code());
    out.put(Facet.CONTINENT.parameter(), h.continent() == null ? null : h.continent().code());
    List<String> services = new ArrayList<>();
    h.services().forEach(s -> services.add(s.code()));
    out.put(Facet.SERVICE.parameter(), services);
    out.put(
        Facet.INDUSTRY.parameter(),
        h.industries().stream().map(SearchResponse.Labeled::code).toList());
    return out;
  }
}
