package org.ipnetwork.directory.backend.assets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.listing.ContactsView;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.backend.search.SearchResponse.Hit;
import org.ipnetwork.directory.backend.search.SearchResponse.Labeled;
import org.ipnetwork.directory.backend.search.SearchResponse.Recognized;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * The result cards of the page's first answer, rendered by the server as {@code
 * components/result-list.js} renders them ({@code card}, {@code names}, {@code place}, {@code
 * verifiedBadge}, {@code contactLinks}, and {@code starButton} of shortlist.js). They are in the
 * page's first paint, before a single script has arrived: on a slow overseas link that is the
 * difference between seconds and a fraction of one. The scripts then render the same answer over
 * them (they find it in the page, see {@link FirstAnswer}); FirstResultsIT keeps both the same.
 */
final class FirstResults {

  private final UiStrings strings;
  private final Lang lang;

  FirstResults(UiStrings strings, Lang lang) {
    this.strings = strings;
    this.lang = lang;
  }

  /** {@code <ol class="results">} with a card per hit. */
  String list(List<Hit> hits) {
    Html html = new Html().open("ol", "class", "results", "role", "list");
    hits.forEach(hit -> card(html.open("li"), hit).close("li"));
    return html.close("ol").toString();
  }

  private Html card(Html html, Hit hit) {
    String[] names = names(hit);
    html.open("article", "class", "result", "data-id", hit.id())
        .open("div", "class", "result-head");
    html.open("h3").open("button", "type", "button", "class", "result-title", "data-id", hit.id());
    String marked = fragment(hit, lang == Lang.ZH ? "name.zh" : "name.en");
    (marked != null ? html.marked(marked) : html.text(names[0])).close("button").close("h3");
    if (hit.verified()) {
      String title =
          hit.lastVerified() != null
              ? t("verifiedOn", Map.of("date", hit.lastVerified()))
              : t("verified");
      html.open("span", "class", "badge verified", "title", title)
          .element("span", "✓ ", "aria-hidden", "true")
          .text(t("verified"))
          .close("span");
    }
    star(html, hit.id(), names[0]).close("div");
    if (!names[1].isEmpty()) {
      html.element("p", names[1], "class", "result-subtitle");
    }
    meta(html, hit);
    String snippet = fragment(hit, lang == Lang.ZH ? "description.zh" : "description.en");
    if (snippet != null) {
      html.open("p", "class", "snippet").marked(snippet).close("p");
    }
    List<Labeled> services = orEmpty(hit.services());
    List<Labeled> industries = orEmpty(hit.industries());
    if (!services.isEmpty() || !industries.isEmpty()) {
      html.open("ul", "class", "tags", "role", "list")
          .each(labels(services), "li", "class", "tag service")
          .each(labels(industries), "li", "class", "tag industry")
          .close("ul");
    }
    contacts(html, hit.contacts(), names[0]);
    return html.close("article");
  }

  private void meta(Html html, Hit hit) {
    html.open("p", "class", "result-meta");
    if (hit.kind() != null) {
      html.element("span", hit.kind().label(), "class", "kind");
    }
    if (hit.orgType() != null
        && (hit.kind() == null || !hit.orgType().code().equals(hit.kind().code()))) {
      html.element("span", hit.orgType().label());
    }
    String place =
        String.join(
            " · ",
            Stream.of(hit.country() == null ? null : hit.country().label(), hit.city())
                .filter(s -> s != null && !s.isEmpty())
                .toList());
    html.element("span", place, "class", "place");
    if (hit.distanceKm() != null) {
      // Never on a first answer (a search near a place is not rendered here), but the same rule.
      throw new IllegalStateException("a first answer with distances is rendered by the page");
    }
    html.close("p");
  }

  /** The shortlist's star, not pressed: shortlist.js presses the starred ones when it runs. */
  private Html star(Html html, String id, String name) {
    return html.open(
            "button",
            "type",
            "button",
            "class",
            "star",
            "data-id",
            id,
            "aria-label",
            t("shortlistAddLabel", Map.of("name", name)),
            "aria-pressed",
            "false")
        .element("span", "☆", "class", "star-icon", "aria-hidden", "true")
        .text(" " + t("shortlistAdd"))
        .close("button");
  }

  private void contacts(Html html, ContactsView c, String name) {
    if (c == null || (c.website() == null && c.email() == null && c.phone() == null)) {
      return;
    }
    html.open("p", "class", "result-contacts");
    if (c.website() != null) {
      html.element(
          "a",
          t("website"),
          "href",
          c.website(),
          "target",
          "_blank",
          "rel",
          "noopener",
          "class",
          "contact website",
          "aria-label",
          t("websiteOf", Map.of("name", name)),
          "data-print",
          c.website());
    }
    if (c.email() != null) {
      html.element(
          "a",
          t("email"),
          "href",
          "mailto:" + c.email(),
          "class",
          "contact email",
          "aria-label",
          t("emailTo", Map.of("name", name)),
          "data-print",
          c.email());
    }
    if (c.phone() != null) {
      String display = c.phoneDisplay() != null ? c.phoneDisplay() : c.phone();
      html.element(
          "a",
          display,
          "href",
          "tel:" + c.phone(),
          "class",
          "contact phone",
          "aria-label",
          t("phoneTo", Map.of("name", name, "phone", display)));
    }
    html.close("p");
  }

  /**
   * The chips of what the query was understood as and of the active filters ({@code
   * components/chips.js}), or {@code null} when there are none: the element stays hidden.
   */
  String chips(
      SearchResponse answer,
      Map<String, String> labels,
      Map<String, List<String>> filters,
      boolean verified) {
    List<Recognized> recognized =
        answer.interpretation() == null ? List.of() : answer.interpretation().recognized();
    Html html = new Html();
    if (!recognized.isEmpty()) {
      html.open("div", "class", "chip-group interpreted", "title", t("interpretedHint"))
          .element("span", t("understoodAs"), "class", "chip-caption");
      recognized.forEach(r -> termChip(html, r));
      html.close("div");
    }
    List<String> active = new ArrayList<>();
    filters.forEach(
        (facet, codes) ->
            codes.forEach(code -> active.add(labels.getOrDefault(facet + ":" + code, code))));
    if (verified) {
      active.add(t("verified"));
    }
    if (!active.isEmpty()) {
      html.open("div", "class", "chip-group")
          .element("span", t("activeFilters"), "class", "chip-caption");
      active.forEach(label -> chip(html, label, "chip ", null, null, null, false));
      if (active.size() > 1) {
        html.element("button", t("clearAll"), "type", "button", "class", "link-button");
      }
      html.close("div");
    }
    String out = html.toString();
    return out.isEmpty() ? null : out;
  }

  private void termChip(Html html, Recognized term) {
    boolean boost = !term.filtered();
    String label = term.label() != null ? term.label() : term.code();
    chip(
        html,
        label,
        "chip interpreted" + (boost ? " boost" : ""),
        boost ? t("boostHint") : null,
        term.facet(),
        term.code(),
        boost);
  }

  private void chip(
      Html html,
      String label,
      String classes,
      String title,
      String facet,
      String code,
      boolean boostNote) {
    html.open("span", "class", classes, "title", title, "data-facet", facet, "data-code", code)
        .element("span", label);
    if (boostNote) {
      html.element("span", " (" + t("boostHint") + ")", "class", "visually-hidden");
    }
    html.open(
            "button",
            "type",
            "button",
            "class",
            "chip-remove",
            "aria-label",
            t("removeChip", Map.of("label", label)))
        .element("span", "✕", "aria-hidden", "true")
        .close("button")
        .close("span");
  }

  /** The label of every facet value of an answer, by {@code facet:code}. */
  static Map<String, String> labels(SearchResponse answer) {
    Map<String, String> labels = new HashMap<>();
    answer
        .facets()
        .forEach(
            (facet, buckets) ->
                buckets.forEach(b -> labels.put(facet + ":" + b.code(), b.label())));
    return labels;
  }

  /** The primary name in the page's language and the other one, or "" when it is the same. */
  private String[] names(Hit hit) {
    boolean zh = lang == Lang.ZH;
    String primary = first(zh ? hit.nameZh() : hit.nameEn(), hit.nameZh(), hit.nameEn(), hit.id());
    String secondary = first(zh ? hit.nameEn() : hit.nameZh(), "");
    return new String[] {primary, secondary.equals(primary) ? "" : secondary};
  }

  /** The first fragment of a field family: {@code name.zh} also matches {@code name.zh.bigram}. */
  private static String fragment(Hit hit, String field) {
    if (hit.highlight() == null) {
      return null;
    }
    return hit.highlight().entrySet().stream()
        .filter(e -> e.getKey().equals(field) || e.getKey().startsWith(field + "."))
        .findFirst()
        .map(e -> e.getValue().get(0))
        .orElse(null);
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  private static List<Labeled> orEmpty(List<Labeled> list) {
    return list == null ? List.of() : list;
  }

  private static List<String> labels(List<Labeled> values) {
    return values.stream().map(Labeled::label).toList();
  }

  private String t(String key) {
    return strings.text(lang, key);
  }

  private String t(String key, Map<String, ?> args) {
    return strings.text(lang, key, args);
  }
}
