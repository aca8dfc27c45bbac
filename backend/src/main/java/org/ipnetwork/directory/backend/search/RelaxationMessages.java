package org.ipnetwork.directory.backend.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/**
 * What a related answer says about itself ("澳门暂无专利申请与代理服务机构，以下为粤港澳大湾区的机构"), from the string table
 * the page uses too, so that the wording lives in one place.
 */
final class RelaxationMessages {

  private final UiStrings strings;
  private final Taxonomies taxonomies;

  RelaxationMessages(UiStrings strings, Taxonomies taxonomies) {
    this.strings = strings;
    this.taxonomies = taxonomies;
  }

  SearchResponse.Relaxation of(Relaxations.Candidate c, SearchParameters strict) {
    Lang lang = strict.lang();
    return new SearchResponse.Relaxation(
        c.code(), message(c, strict, lang), values(c.removed(), lang), values(c.added(), lang));
  }

  private String message(Relaxations.Candidate c, SearchParameters strict, Lang lang) {
    String services = labels(Facet.SERVICE, strict.selected(Facet.SERVICE), lang);
    return switch (c.code()) {
      case "leftover" -> strings.text(lang, "relatedLeftover");
      case "geography" -> {
        String to = labels(c.added(), lang);
        String key =
            (c.strict() == 0 ? "relatedGeographyNone" : "relatedGeographyFew")
                + (services.isEmpty() ? "Any" : "");
        yield strings.text(
            lang,
            key,
            Map.of(
                "from",
                labels(c.removed(), lang),
                "services",
                services,
                "to",
                to.isEmpty() ? strings.text(lang, "relatedElsewhere") : to));
      }
      case "any_service" -> strings.text(lang, "relatedAnyService", Map.of("services", services));
      default -> {
        String service = labels(c.removed(), lang);
        String place = place(strict, lang);
        yield place.isEmpty()
            ? strings.text(lang, "relatedDropServiceAnywhere", Map.of("service", service))
            : strings.text(lang, "relatedDropService", Map.of("service", service, "place", place));
      }
    };
  }

  private String place(SearchParameters p, Lang lang) {
    List<String> out = new ArrayList<>();
    for (Facet f : List.of(Facet.COUNTRY, Facet.REGION, Facet.CONTINENT)) {
      p.selected(f).forEach(code -> out.add(label(f, code, lang)));
    }
    return Labels.joined(out, lang);
  }

  private String labels(Facet facet, java.util.Collection<String> codes, Lang lang) {
    List<String> out = new ArrayList<>();
    codes.forEach(code -> out.add(label(facet, code, lang)));
    return Labels.joined(out, lang);
  }

  private String labels(List<Relaxations.Value> values, Lang lang) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(label(v.facet(), v.code(), lang)));
    return Labels.joined(out, lang);
  }

  /** In an English sentence a service reads in lower case ("No patent prosecution provider"). */
  private String label(Facet facet, String code, Lang lang) {
    String label = Labels.of(taxonomies, facet, code, lang);
    return lang == Lang.EN && facet == Facet.SERVICE && label != null && !label.isEmpty()
        ? label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1)
        : label;
  }

  private List<SearchResponse.FacetValue> values(List<Relaxations.Value> values, Lang lang) {
    return values.stream()
        .map(
            v ->
                new SearchResponse.FacetValue(
                    v.facet().parameter(),
                    v.code(),
                    Labels.of(taxonomies, v.facet(), v.code(), lang)))
        .toList();
  }
}
