package org.ipnetwork.directory.backend.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** The search box and place row the server writes into the public page (SearchFields). */
class SearchFieldsTest {

  private static final UiStrings STRINGS = new UiStrings();

  /** The query parameters as WebFlux gives them: decoded, in their order. */
  private static MultiValueMap<String, String> query(String query) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    UriComponentsBuilder.fromUriString("/?" + query)
        .build()
        .getQueryParams()
        .forEach(
            (name, values) ->
                values.forEach(
                    v ->
                        params.add(
                            name, v == null ? "" : URLDecoder.decode(v, StandardCharsets.UTF_8))));
    return params;
  }

  @Test
  void theBoxCarriesTheQueryEscapedAndTheTextsOfThePagesLanguage() {
    String box = SearchFields.searchBox(STRINGS, Lang.EN, query("q=%3Cb%3E%22patent%22&lang=en"));

    assertThat(box)
        .startsWith("<ipd-search-box><form role=\"search\" class=\"search-form\" action=\"/\"")
        .contains("method=\"get\"")
        .contains("value=\"&lt;b&gt;&quot;patent&quot;\"")
        .contains("placeholder=\"" + Html.escape(STRINGS.text(Lang.EN, "searchPlaceholder")))
        .contains(">" + STRINGS.text(Lang.EN, "searchButton") + "</button>")
        .contains("aria-controls=\"q-suggestions\"")
        .contains("<ul id=\"q-suggestions\" role=\"listbox\" class=\"suggestions\" hidden=\"\"")
        .doesNotContain("<b>")
        .endsWith("</form></ipd-search-box>");
  }

  /**
   * Enter before the scripts have arrived is the form's own GET: a new query keeps the filters, the
   * place and the language as main.js keeps them, and starts again at the first page.
   */
  @Test
  void aNewQueryKeepsTheRestOfTheSearchButNotItsPage() {
    String box =
        SearchFields.searchBox(
            STRINGS,
            Lang.ZH,
            query(
                "q=old&country=DE,FR&industry=EV&verified=true&lang=zh&near=Munich,DE&radius=50"
                    + "&page=3&after=abc&interpret=false&view=shortlist&sort=name"));

    assertThat(box)
        .contains("<input type=\"hidden\" name=\"country\" value=\"DE,FR\">")
        .contains("<input type=\"hidden\" name=\"industry\" value=\"EV\">")
        .contains("<input type=\"hidden\" name=\"verified\" value=\"true\">")
        .contains("<input type=\"hidden\" name=\"lang\" value=\"zh\">")
        .contains("<input type=\"hidden\" name=\"near\" value=\"Munich,DE\">")
        .contains("<input type=\"hidden\" name=\"radius\" value=\"50\">")
        .contains("<input type=\"hidden\" name=\"sort\" value=\"name\">")
        .doesNotContain("name=\"page\"", "name=\"after\"", "name=\"interpret\"", "name=\"view\"")
        .contains("name=\"q\"")
        .contains("value=\"old\"");
  }

  @Test
  void theQueryIsCutWhereThePageCutsIt() {
    String box = SearchFields.searchBox(STRINGS, Lang.ZH, query("q=" + "a".repeat(250)));

    assertThat(box).contains("value=\"" + "a".repeat(200) + "\"").doesNotContain("a".repeat(201));
  }

  @Test
  void thePlaceRowShowsThePlaceItsRadiusAndAWayToClearIt() {
    String row = SearchFields.placeBox(STRINGS, Lang.EN, query("near=Munich,DE&radius=25km"));

    assertThat(row)
        .contains("id=\"near\"")
        .contains("value=\"Munich,DE\"")
        .contains("<option value=\"25\" selected=\"\">")
        .contains(">" + STRINGS.text(Lang.EN, "radiusOption", java.util.Map.of("km", 500)) + "<")
        .contains("aria-describedby=\"place-message\"")
        .contains("<p id=\"place-message\"")
        .contains(">" + STRINGS.text(Lang.EN, "useMyLocation") + "</span>")
        .contains("class=\"place-button clear\" aria-label=");
  }

  @Test
  void withoutAPlaceTheRowOffersNothingToClearAndTheDefaultRadius() {
    String row = SearchFields.placeBox(STRINGS, Lang.ZH, query("q=x"));

    assertThat(row)
        .contains("value=\"\"")
        .contains("<option value=\"100\" selected=\"\">")
        .contains("class=\"place-button clear\" hidden=\"\"");
  }

  @ParameterizedTest
  @CsvSource({"50,50", "50km,50", "50KM,50", " 25,25", "25abc,25", "7,100", "abc,100", "'',100"})
  void radiiAreReadAsThePageReadsThem(String raw, int km) {
    assertThat(SearchFields.radius(raw)).isEqualTo(km);
  }

  @Test
  void aPageWithoutThePlacesToWriteFailsLoudly() {
    assertThatThrownBy(() -> SearchFields.write("<main></main>", STRINGS, Lang.ZH, query("")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ipd-search-box");
  }
}
