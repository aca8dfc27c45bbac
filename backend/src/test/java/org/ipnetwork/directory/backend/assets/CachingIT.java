package org.ipnetwork.directory.backend.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * What makes a repeat visit cheap, over real HTTP: pages revalidated by ETag, their assets under a
 * versioned prefix kept for a year, public API answers revalidated by a body hash, text gzipped.
 */
class CachingIT extends FixtureApi {

  @LocalServerPort int serverPort;

  private static final Pattern MAIN_SCRIPT =
      Pattern.compile("src=\"(/assets/v/([0-9a-f]{12})/js/main\\.js)\"");

  private String page(String path) {
    return new String(
        http()
            .get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBodyContent(),
        StandardCharsets.UTF_8);
  }

  @Test
  void pagesLinkVersionedAssetsAndAreRevalidatedByTheirETag() {
    EntityExchangeResult<byte[]> first =
        http().get().uri("/").exchange().expectStatus().isOk().expectBody().returnResult();
    HttpHeaders headers = first.getResponseHeaders();
    assertThat(headers.getCacheControl()).isEqualTo("no-cache");
    String html = new String(first.getResponseBodyContent(), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("\"/assets/js/").doesNotContain("\"/assets/css/");
    assertThat(MAIN_SCRIPT.matcher(html).find()).isTrue();

    http()
        .get()
        .uri("/")
        .header("If-None-Match", headers.getETag())
        .exchange()
        .expectStatus()
        .isNotModified()
        .expectBody()
        .isEmpty();
    // The workplace's sign-in page gets the same treatment, with the same version.
    String signIn = page("/admin/sign-in");
    assertThat(signIn).contains("\"/assets/v/" + version(html) + "/js/admin/sign-in.js\"");
  }

  @Test
  void thePublicPageCarriesItsFirstAnswerAndHasItsTextsInTheBrowsersLanguage() {
    EntityExchangeResult<byte[]> answer =
        http()
            .get()
            .uri("/?q={q}", "商标")
            .header("Accept-Language", "en-GB,en;q=0.9")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult();
    String html = new String(answer.getResponseBodyContent(), StandardCharsets.UTF_8);
    // The answer to the search main.js would ask for, in the language the page is in, with its
    // cards rendered where the results go: no request after the page, results in its first paint.
    String path = "/api/v1/search?q=%E5%95%86%E6%A0%87&lang=en&size=20";
    assertThat(html)
        .contains(
            "<script type=\"application/json\" id=\"first-answer\" data-path=\""
                + path.replace("&", "&amp;")
                + "\">")
        .doesNotContain("rel=\"preload\" href=\"/api/v1/search");
    List<String> ids =
        http()
            .get()
            // As it stands: a URI template would encode its percent signs again.
            .uri(URI.create("http://localhost:" + serverPort + path))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(SearchResponse.class)
            .returnResult()
            .getResponseBody()
            .hits()
            .stream()
            .map(SearchResponse.Hit::id)
            .toList();
    assertThat(ids).isNotEmpty();
    Matcher cards =
        Pattern.compile("<article class=\"result\" data-id=\"([^\"]+)\">").matcher(html);
    List<String> rendered = new ArrayList<>();
    while (cards.find()) {
      rendered.add(cards.group(1));
    }
    assertThat(rendered).isEqualTo(ids);
    // Its texts are in that language too, so nothing moves when the script writes them again.
    assertThat(html)
        .contains("<html lang=\"en\" data-strings=\"public\">")
        .contains("<h1 data-i18n=\"title\">Global IP Protection Service Network Directory</h1>");
    assertThat(page("/?lang=zh")).contains("<h1 data-i18n=\"title\">全球知识产权保护服务网络名录</h1>");
    assertThat(answer.getResponseHeaders().getVary()).contains("Accept-Language");
  }

  @Test
  void aFirstSearchTheApiRefusesLeavesThePageToItsScripts() {
    // An unknown country code is a 400 of the API: the page goes out without an answer and
    // preloads the search, whose refusal the scripts then show.
    String html = page("/?country=NOPE&lang=en");
    assertThat(html)
        .doesNotContain("id=\"first-answer\"")
        .doesNotContain("<article class=\"result\"")
        .contains(
            "<link rel=\"preload\" href=\"/api/v1/search?country=NOPE&amp;lang=en&amp;size=20\""
                + " as=\"fetch\" crossorigin>");
  }

  @Test
  void theCurrentVersionIsKeptForAYearAnOlderOneIsSentToTheCurrent() {
    String version = version(page("/"));
    http()
        .get()
        .uri("/assets/v/" + version + "/js/main.js")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Cache-Control", "max-age=31536000, public, immutable");
    http()
        .get()
        .uri("/assets/v/" + version + "/i18n/strings.json")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Cache-Control", "max-age=31536000, public, immutable");
    http()
        .get()
        .uri("/assets/v/000000000000/js/main.js")
        .exchange()
        .expectStatus()
        .isTemporaryRedirect()
        .expectHeader()
        .valueEquals("Location", "/assets/v/" + version + "/js/main.js");
    http()
        .get()
        .uri("/assets/v/" + version + "/js/nothing.js")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void textIsGzipped() throws Exception {
    String version = version(page("/"));
    // The JDK's client leaves the body and its Content-Encoding as they came over the wire.
    HttpClient client = HttpClient.newHttpClient();
    for (String path :
        new String[] {"/assets/v/" + version + "/world-110m.json", "/api/v1/search?q=trademark"}) {
      HttpResponse<byte[]> answer =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path))
                  .header("Accept-Encoding", "gzip")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      byte[] plain = new GZIPInputStream(new ByteArrayInputStream(answer.body())).readAllBytes();
      assertThat(answer.body().length).as(path).isLessThan(plain.length / 2);
    }
  }

  @Test
  void aPublicAnswerIsRevalidatedByTheHashOfItsBody() {
    HttpHeaders first =
        http()
            .get()
            .uri("/api/v1/search?q=trademark&lang=en")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("Cache-Control", "no-cache")
            .expectBody()
            .returnResult()
            .getResponseHeaders();
    String etag = first.getETag();
    assertThat(etag).startsWith("W/\"");
    assertThat(first.getVary()).contains("Accept-Language", "X-Partner-Key");

    http()
        .get()
        .uri("/api/v1/search?q=trademark&lang=en")
        .header("If-None-Match", etag)
        .exchange()
        .expectStatus()
        .isNotModified()
        .expectBody()
        .isEmpty();
    // Another answer, another tag: the old one does not make it a 304.
    http()
        .get()
        .uri("/api/v1/search?q=trademark&lang=zh")
        .header("If-None-Match", etag)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .value("ETag", tag -> assertThat(tag).isNotEqualTo(etag));
  }

  @Test
  void errorsAndTheWorkplaceAreNotTagged() {
    http()
        .get()
        .uri("/api/v1/listings/fx-99")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .doesNotExist("ETag");
    http()
        .get()
        .uri("/api/v1/admin/session")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .doesNotExist("ETag");
  }

  private static String version(String html) {
    Matcher m = MAIN_SCRIPT.matcher(html);
    assertThat(m.find()).as("the page links its main script under a version").isTrue();
    return m.group(2);
  }
}
