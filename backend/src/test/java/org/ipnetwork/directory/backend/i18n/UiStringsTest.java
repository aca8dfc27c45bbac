package org.ipnetwork.directory.backend.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one string table: complete in both languages, and every key the UI names is in it. */
class UiStringsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final UiStrings strings = new UiStrings();
  private final JsonNode table = JsonMapper.builder().build().readTree(strings.json());

  @Test
  void everyKeyHasZhAndEnWithTheSamePlaceholders() {
    assertThat(table.size()).isGreaterThan(50);
    table
        .properties()
        .forEach(
            e -> {
              JsonNode zh = e.getValue().get("zh");
              JsonNode en = e.getValue().get("en");
              assertThat(zh).as(e.getKey() + ".zh").isNotNull();
              assertThat(en).as(e.getKey() + ".en").isNotNull();
              assertThat(e.getValue().propertyNames()).as(e.getKey()).hasSize(2);
              assertThat(placeholders(en)).as(e.getKey()).isEqualTo(placeholders(zh));
            });
  }

  /** The names in {…} of a text, or of both plural forms (which must agree). */
  private static Set<String> placeholders(JsonNode value) {
    if (value.isObject()) {
      assertThat(value.propertyNames()).containsExactlyInAnyOrder("one", "other");
      assertThat(placeholders(value.get("one"))).isEqualTo(placeholders(value.get("other")));
      return placeholders(value.get("other"));
    }
    assertThat(value.isString() && !value.stringValue().isBlank()).as(value.toString()).isTrue();
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value.stringValue());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void textsFillPlaceholdersAndChooseThePluralByN() {
    assertThat(strings.text(Lang.EN, "results", Map.of("n", 1))).isEqualTo("1 organisation found");
    assertThat(strings.text(Lang.EN, "results", Map.of("n", 7L)))
        .isEqualTo("7 organisations found");
    assertThat(strings.text(Lang.ZH, "results", Map.of("n", 1))).isEqualTo("共找到 1 家机构");
    assertThat(strings.text(Lang.EN, "pageOf", Map.of("page", 2, "pages", 9)))
        .isEqualTo("Page 2 of 9");
    assertThat(strings.text(Lang.ZH, "searchUnavailable")).isEqualTo("搜索服务暂时不可用，请稍后重试。");
    assertThatThrownBy(() -> strings.text(Lang.EN, "noSuchKey"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void templatesGetOnlyTextsThatNeedNoArguments() {
    Map<String, String> plain = strings.plain(Lang.EN);
    assertThat(plain).containsEntry("searchButton", "Search").doesNotContainKeys("results", "page");
    assertThat(plain.keySet()).isEqualTo(strings.plain(Lang.ZH).keySet());
  }

  /**
   * Keys named literally by the page (t("…"), tNodes("…"), data-i18n="…"), the widget (t("…"),
   * withNode(t, "…")) and the frame's template ({{t.…}}); keys made from data (facet names,
   * suggestion types) are checked by the browser tests.
   */
  @Test
  void everyKeyTheUiNamesIsInTheTable() throws IOException {
    assertThat(table.propertyNames())
        .containsAll(named(VISITOR_FILES))
        .containsAll(named(WORKPLACE_FILES));
  }

  /**
   * The public page and the widget load the table without the workplace's texts: every key they
   * (and the frame) name must be in it, and none of the workplace's.
   */
  @Test
  void thePublicTableHasEveryKeyOfThePageAndTheWidgetAndNoneOfTheWorkplace() throws IOException {
    JsonNode visitors = JsonMapper.builder().build().readTree(strings.publicJson());
    assertThat(visitors.propertyNames()).containsAll(named(VISITOR_FILES));
    assertThat(visitors.propertyNames())
        .noneMatch(k -> k.startsWith(UiStrings.WORKPLACE_PREFIX))
        .hasSizeGreaterThan(100);
    assertThat(strings.publicJson().length).isLessThan(strings.json().length * 2 / 3);
  }

  private static final List<String> VISITOR_FILES =
      List.of(
          "static/index.html",
          "static/assets/js/main.js",
          "static/assets/js/components/chips.js",
          "static/assets/js/components/correction.js",
          "static/assets/js/components/detail-dialog.js",
          "static/assets/js/components/facet-panel.js",
          "static/assets/js/components/pager.js",
          "static/assets/js/components/related.js",
          "static/assets/js/components/result-list.js",
          "static/assets/js/components/search-box.js",
          "static/assets/js/components/place-box.js",
          "static/assets/js/components/world-map.js",
          "static/assets/js/shortlist.js",
          "static/assets/js/components/shortlist-view.js",
          "static/embed/v1/widget.js",
          "templates/embed/frame.mustache",
          "templates/embed/frame-listing.mustache",
          "static/assets/js/components/report-correction.js");

  private static final List<String> WORKPLACE_FILES =
      List.of(
          "admin/index.html",
          "admin/sign-in.html",
          "static/assets/js/admin/workplace.js",
          "static/assets/js/admin/sign-in.js",
          "static/assets/js/admin/api.js",
          "static/assets/js/admin/listings.js",
          "static/assets/js/admin/listing.js",
          "static/assets/js/admin/editor.js",
          "static/assets/js/admin/review.js",
          "static/assets/js/admin/history.js",
          "static/assets/js/admin/staff.js",
          "static/assets/js/admin/new-listing.js",
          "static/assets/js/admin/partners.js",
          "static/assets/js/admin/corrections.js",
          "static/assets/js/admin/correction-panel.js",
          "static/assets/js/admin/duplicates.js");

  private List<String> named(List<String> files) throws IOException {
    Pattern named =
        Pattern.compile(
            "\\b(?:t|tNodes)\\(\"([\\w.]+)\"|withNode\\(t, \"([\\w.]+)\"|data-i18n=\"([\\w.]+)\""
                + "|\\{\\{t\\.([\\w.]+)}}");
    List<String> used = new ArrayList<>();
    for (String file : files) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        Matcher m = named.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
              used.add(m.group(g));
            }
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(30);
    return used;
  }
}
