package org.ipnetwork.directory.backend.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The preloaded first search is the URL main.js asks for (state.js's fromQuery and toQuery). */
class FirstSearchTest {

  /** The parameters as the server reads them ('+' is a space), then the preloaded path. */
  static String path(String pageQuery, String acceptLanguage) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (String pair : pageQuery.split("&")) {
      if (!pair.isEmpty()) {
        String[] kv = pair.split("=", 2);
        params.add(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    return FirstSearch.path(params, acceptLanguage);
  }

  static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theStartPageSearchesEverythingInTheBrowsersLanguage() {
    assertThat(path("", "zh-CN,zh;q=0.9")).isEqualTo("/api/v1/search?lang=zh&size=20");
    assertThat(path("", "de-DE,en-US;q=0.8")).isEqualTo("/api/v1/search?lang=en&size=20");
    assertThat(path("", "fr")).isEqualTo("/api/v1/search?lang=zh&size=20");
    assertThat(path("", null)).isEqualTo("/api/v1/search?lang=zh&size=20");
    assertThat(path("lang=en", "zh-CN")).isEqualTo("/api/v1/search?lang=en&size=20");
    assertThat(path("lang=xx", "en")).isEqualTo("/api/v1/search?lang=en&size=20");
  }

  @Test
  void parametersComeInTheOrderAndEncodingOfUrlSearchParams() {
    // The facets in the API's order, codes trimmed and joined; a space is '+', a comma %2C.
    assertThat(
            path(
                "lang=zh&service=trademark&country=DE,%20FR&country=VN&q=%E5%BE%B7%E5%9B%BD%20%E5%95%86%E6%A0%87"
                    + "&verified=true&sort=name&interpret=false&listing=x-1",
                "en"))
        .isEqualTo(
            "/api/v1/search?q=%E5%BE%B7%E5%9B%BD+%E5%95%86%E6%A0%87&country=DE%2CFR%2CVN"
                + "&service=trademark&verified=true&sort=name&interpret=false&lang=zh&size=20");
    assertThat(path("q=a+b*c.d-e_f~g'h", "en"))
        .isEqualTo("/api/v1/search?q=a+b*c.d-e_f%7Eg%27h&lang=en&size=20");
  }

  @Test
  void aPlaceOrTheShortlistViewIsNotPreloaded() {
    assertThat(path("q=patent&near=Munich&radius=50km", "en")).isNull();
    assertThat(path("view=shortlist&shortlist=fx-01", "en")).isNull();
    assertThat(path("sort=distance&shortlist=fx-01", "en"))
        .isEqualTo("/api/v1/search?lang=en&size=20");
  }

  @Test
  void pagesAndCursorsAsTheStateReadsThem() {
    assertThat(path("page=3", "en")).isEqualTo("/api/v1/search?page=3&lang=en&size=20");
    assertThat(path("page=3x", "en")).isEqualTo("/api/v1/search?page=3&lang=en&size=20");
    assertThat(path("page=501", "en")).isEqualTo("/api/v1/search?lang=en&size=20");
    assertThat(path("page=0", "en")).isEqualTo("/api/v1/search?lang=en&size=20");
    assertThat(path("page=600&after=abc", "en"))
        .isEqualTo("/api/v1/search?cursor=abc&lang=en&size=20");
    assertThat(path("page=1&after=abc", "en")).isEqualTo("/api/v1/search?lang=en&size=20");
    assertThat(path("sort=weird&verified=yes", "en")).isEqualTo("/api/v1/search?lang=en&size=20");
  }
}
