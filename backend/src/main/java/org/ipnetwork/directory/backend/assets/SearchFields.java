package org.ipnetwork.directory.backend.assets;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.util.MultiValueMap;

/**
 * The page's search box and place row, written by the server into {@code <ipd-search-box>} and
 * {@code <ipd-place-box>} in the visitor's language; search-box.js and place-box.js take them over
 * instead of building them. On a slow link the scripts arrive a second or more after the results:
 * until then the box is already there to type into, and Enter searches with the form's own GET (the
 * server writes the answer into the next page). Nothing moves when the scripts arrive, and the
 * browser lays the header out once.
 */
final class SearchFields {

  static final String SEARCH_BOX = "<ipd-search-box></ipd-search-box>";
  static final String PLACE_BOX = "<ipd-place-box></ipd-place-box>";

  /** place-box.js's RADII and DEFAULT_RADIUS. */
  static final List<Integer> RADII = List.of(10, 25, 50, 100, 250, 500);

  static final int DEFAULT_RADIUS = 100;

  /**
   * What a new query resets (main.js: the page, its cursor, the understood-terms switch, the
   * shortlist view) or carries itself ({@code q}); every other parameter of the page's URL goes
   * with the form's GET as a hidden field, so that the filters and the language stay.
   */
  private static final Set<String> RESET = Set.of("q", "page", "after", "interpret", "view");

  /**
   * A field of combobox.js: its wrapper's class, the input's type, id, name (none: not sent by the
   * form) and length, and the id of its description.
   */
  private record Field(
      String comboClass, String type, String id, String name, int maxLength, String describedBy) {}

  private static final Field QUERY = new Field("combo", "search", "q", "q", 200, null);
  private static final Field PLACE =
      new Field("combo place-combo", "text", "near", null, 100, "place-message");

  private SearchFields() {}

  /** The field's input (role=combobox) and its empty, hidden listbox {@code ID-suggestions}. */
  private static Html combobox(Field f, String placeholder, String value, String listLabel) {
    String list = f.id() + "-suggestions";
    return new Html()
        .open("div", "class", f.comboClass())
        .open(
            "input",
            "type",
            f.type(),
            "id",
            f.id(),
            "name",
            f.name(),
            "role",
            "combobox",
            "autocomplete",
            "off",
            "spellcheck",
            "false",
            "maxlength",
            String.valueOf(f.maxLength()),
            "aria-autocomplete",
            "list",
            "aria-expanded",
            "false",
            "aria-controls",
            list,
            "aria-describedby",
            f.describedBy(),
            "placeholder",
            placeholder,
            "value",
            value)
        .open(
            "ul",
            "id",
            list,
            "role",
            "listbox",
            "class",
            "suggestions",
            "hidden",
            "",
            "aria-label",
            listLabel)
        .close("ul")
        .close("div");
  }

  static String write(
      String html, UiStrings strings, Lang lang, MultiValueMap<String, String> params) {
    return FirstAnswerPage.replace(
        FirstAnswerPage.replace(html, SEARCH_BOX, searchBox(strings, lang, params)),
        PLACE_BOX,
        placeBox(strings, lang, params));
  }

  static String searchBox(UiStrings strings, Lang lang, MultiValueMap<String, String> params) {
    String q = FirstSearch.query(params);
    Html form =
        new Html()
            .open("ipd-search-box")
            .open("form", "role", "search", "class", "search-form", "action", "/", "method", "get")
            .element(
                "label", strings.text(lang, "searchLabel"), "for", "q", "class", "visually-hidden")
            .append(
                combobox(
                    QUERY,
                    strings.text(lang, "searchPlaceholder"),
                    q,
                    strings.text(lang, "suggestions")))
            .element(
                "button", strings.text(lang, "searchButton"), "type", "submit", "class", "primary");
    for (Map.Entry<String, List<String>> param : params.entrySet()) {
      if (!RESET.contains(param.getKey())) {
        for (String value : param.getValue()) {
          form.open("input", "type", "hidden", "name", param.getKey(), "value", value);
        }
      }
    }
    return form.close("form").close("ipd-search-box").toString();
  }

  static String placeBox(UiStrings strings, Lang lang, MultiValueMap<String, String> params) {
    String near = first(params, "near").strip();
    near = near.length() <= 100 ? near : ""; // place-box.js's parseNear
    int radius = radius(first(params, "radius"));
    String clear = strings.text(lang, "clearPlace");
    Html box =
        new Html()
            .open("ipd-place-box")
            .open("div", "class", "place-row")
            .element(
                "label", strings.text(lang, "placeLabel"), "for", "near", "class", "place-label")
            .append(
                combobox(
                    PLACE,
                    strings.text(lang, "placePlaceholder"),
                    near,
                    strings.text(lang, "placeSuggestions")))
            .element(
                "label",
                strings.text(lang, "radiusLabel"),
                "for",
                "radius",
                "class",
                "visually-hidden")
            .open("select", "id", "radius");
    for (int km : RADII) {
      box.element(
          "option",
          strings.text(lang, "radiusOption", Map.of("km", km)),
          "value",
          String.valueOf(km),
          "selected",
          km == radius ? "" : null);
    }
    return box.close("select")
        .open("button", "type", "button", "class", "place-button locate")
        .element("span", "◎", "class", "locate-icon", "aria-hidden", "true")
        .element("span", strings.text(lang, "useMyLocation"), "class", "locate-text")
        .close("button")
        .element(
            "button",
            "✕",
            "type",
            "button",
            "class",
            "place-button clear",
            "hidden",
            near.isEmpty() ? "" : null,
            "aria-label",
            clear,
            "title",
            clear)
        .close("div")
        .element(
            "p",
            "",
            "id",
            "place-message",
            "class",
            "place-message",
            "role",
            "status",
            "aria-live",
            "polite")
        .close("ipd-place-box")
        .toString();
  }

  /** place-box.js's parseRadius: "50km" or "50" when one of {@link #RADII}, else the default. */
  static int radius(String raw) {
    Long km = FirstSearch.parseInt(raw.replaceFirst("(?i)km$", ""));
    return km != null && RADII.contains(km.intValue()) && km == km.intValue()
        ? km.intValue()
        : DEFAULT_RADIUS;
  }

  private static String first(MultiValueMap<String, String> params, String name) {
    String value = params.getFirst(name);
    return value == null ? "" : value;
  }
}
