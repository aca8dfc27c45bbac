package org.ipnetwork.directory.backend.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.listing.ContactsView;
import org.ipnetwork.directory.backend.listing.ListingView;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mustache.autoconfigure.MustacheResourceTemplateLoader;

/**
 * The frame's HTML from typed answers, compared with the files under src/test/resources/frame/ (so
 * a change to the template is reviewed as a diff of its output). The output of every run is written
 * to target/frame/; copy it over the expected file when a change is meant.
 */
class FramePageTest {

  private static final UiStrings STRINGS = new UiStrings();

  /** The template as Spring Boot loads it: classpath:/templates/, .mustache, UTF-8. */
  private final FramePage page =
      new FramePage(
          Mustache.compiler()
              .withLoader(new MustacheResourceTemplateLoader("classpath:/templates/", ".mustache")),
          STRINGS);

  private String results(String query, SearchResponse response, String golden) throws IOException {
    return matches(page.render(FrameFixtures.request(query), response), golden);
  }

  private String matches(String html, String golden) throws IOException {
    Path actual = Path.of("target", "frame", golden);
    Files.createDirectories(actual.getParent());
    Files.writeString(actual, html);
    try (InputStream in = getClass().getResourceAsStream("/frame/" + golden)) {
      assertThat(in).as("src/test/resources/frame/" + golden).isNotNull();
      assertThat(html).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    return html;
  }

  @Test
  void resultsWithHighlightsFacetsAndPaging() throws IOException {
    String html =
        results(
            "lang=en&key=k%26<1>&q=Berlin \"x\" <y>&continent=C8&country=DE,FR&kind=provider&page=2",
            FrameFixtures.results(), "results-en.html");
    // The highlight is the only HTML let through, and only its <mark>.
    assertThat(html)
        .contains("page=2\"><mark>Berlin</mark> Patent &amp; Attorneys</a><span")
        .doesNotContain("<b ", "</b>", "onclick", "<script>")
        .contains("&lt;script&gt;alert(&#39;zh&#39;)&lt;/script&gt;")
        .contains("value=\"Berlin &quot;x&quot; &lt;y&gt;\"");
    // A selected value past the top six stays offered, checked.
    assertThat(html).contains("value=\"C8\" checked>").doesNotContain("value=\"C7\"");
  }

  @Test
  void resultsInChinese() throws IOException {
    String html =
        results(
            "lang=zh&key=abc&q=柏林&continent=C8&country=DE&page=2",
            FrameFixtures.results(),
            "results-zh.html");
    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains(STRINGS.text(Lang.ZH, "results", java.util.Map.of("n", 25)))
        .contains("<mark>柏林</mark>");
  }

  @Test
  void nothingFoundKeepsTheSelectionInHiddenFields() throws IOException {
    String html =
        results(
            "lang=zh&continent=EU&service=patent&kind=firm", FrameFixtures.none(), "none-zh.html");
    assertThat(html)
        .contains("<input type=\"hidden\" name=\"continent\" value=\"EU\">")
        .contains("<input type=\"hidden\" name=\"kind\" value=\"firm\">")
        .contains(STRINGS.text(Lang.ZH, "resultsNone"))
        .doesNotContain("<fieldset>", "<nav");
  }

  @Test
  void oneResultIsSingular() throws IOException {
    assertThat(results("lang=en", FrameFixtures.one(), "one-en.html"))
        .contains(">1 organisation found<");
  }

  @Test
  void pagingStopsAtTheLastPageTheFrameOffers() throws IOException {
    assertThat(results("lang=en&page=100&q=a b", FrameFixtures.many(), "many-en.html"))
        .contains("<span aria-current=\"page\">100</span>")
        .doesNotContain("page=101");
  }

  @Test
  void problemsSayWhyInTheTablesWords() throws IOException {
    assertThat(
            matches(
                page.render(
                    FrameFixtures.request("lang=en&service=bad"), FramePage.Problem.INVALID_FILTER),
                "invalid-en.html"))
        .contains(STRINGS.text(Lang.EN, "invalidFilter"))
        .contains("<input type=\"hidden\" name=\"service\" value=\"bad\">");
    assertThat(
            matches(
                page.render(FrameFixtures.request("lang=zh&key=k"), FramePage.Problem.UNAVAILABLE),
                "unavailable-zh.html"))
        .contains("<p class=\"status\" role=\"status\">搜索服务暂时不可用，请稍后重试。</p>");
  }

  @Test
  void nearAPlaceShowsDistancesTheRadiusAndTheSortAndKeepsThemInLinks() throws IOException {
    String html =
        results("lang=zh&key=k&near=慕尼黑&radius=500", FrameFixtures.near(), "near-zh.html");
    assertThat(html)
        .contains("value=\"慕尼黑\"")
        .contains("<option value=\"500\" selected>500 公里内</option>")
        .contains("<option value=\"distance\" selected>")
        .contains("<span class=\"d\">约 0.1 公里</span>")
        .contains("<span class=\"d\">约 304 公里</span>")
        .contains("near=%E6%85%95%E5%B0%BC%E9%BB%91&amp;radius=500&amp;sort=distance");
    // A radius the frame does not offer is the default; without a place there is no sort choice.
    assertThat(results("lang=en&radius=7", FrameFixtures.one(), "radius-en.html"))
        .contains("<option value=\"100\" selected>within 100 km</option>")
        .doesNotContain("id=\"sort\"", "near=");
  }

  @Test
  void anUnknownPlaceIsSaidInTheFrame() throws IOException {
    assertThat(
            matches(
                page.render(
                    FrameFixtures.request("lang=en&near=Erewhon"), FramePage.Problem.UNKNOWN_PLACE),
                "unknown-place-en.html"))
        .contains(STRINGS.text(Lang.EN, "placeUnknown"))
        .contains("value=\"Erewhon\"");
  }

  /** A workstation with every field, hostile text in its host organisation. */
  static ListingView workstation() {
    return new ListingView(
        "ws-1",
        new ListingView.Labeled("workstation", "Workstation"),
        new Names("驻德工作站", "Germany Workstation", null, null),
        null,
        new ListingView.Labeled("DE", "Germany"),
        new ListingView.Labeled("EU", "Europe"),
        "Berlin",
        "Friedrichstraße 1, 10117 Berlin",
        null,
        List.of(new ListingView.Labeled("patent", "Patent prosecution")),
        List.of(new ListingView.Labeled("new_energy", "New energy")),
        List.of(),
        null,
        new ContactsView("https://ws.example/", "ws@example.org", "+4930126728", "+49 30 126728"),
        new ListingView.WorkstationView(
            "Chamber <b>&</b> Co",
            List.of(),
            List.of(
                new ListingView.Labeled("DE", "Germany"),
                new ListingView.Labeled("AT", "Austria"))),
        true,
        "2026-01-02",
        null);
  }

  @Test
  void aListingsDetailPageLinksItsContactsAndKeepsTheSearchForBack() throws IOException {
    String html =
        matches(
            page.render(
                FrameFixtures.request("lang=en&key=k%26<1>&q=Berlin&continent=EU&page=2"),
                workstation()),
            "listing-en.html");
    assertThat(html)
        .contains(
            "href=\"/embed/v1/frame?lang=en&amp;key=k%2526%3C1%3E&amp;q=Berlin&amp;continent=EU&amp;page=2\"")
        .contains("<a class=\"c-phone\" href=\"tel:+4930126728\"")
        .contains(">+49 30 126728</a>")
        .contains("href=\"mailto:ws@example.org\"")
        .contains(
            "href=\"https://ws.example/\" aria-label=\"Website of Germany Workstation (opens in a new tab)\" target=\"_blank\" rel=\"noopener\"")
        .contains("<dt>Host organisation</dt><dd>Chamber &lt;b&gt;&amp;&lt;/b&gt; Co</dd>")
        .contains("<dt>Countries covered</dt><dd>Germany, Austria</dd>")
        .contains("href=\"/?listing=ws-1&amp;lang=en\"")
        .contains("href=\"/?lang=en&amp;q=Berlin&amp;continent=EU\" target=\"_blank\"");
  }

  @Test
  void eachResultHasAStarThatTogglesItOnTheShortlistCarriedByEveryLink() throws IOException {
    String html =
        results(
            "lang=en&key=k&q=Berlin&shortlist=fx-4,bad id,fx-4,x-1",
            FrameFixtures.one(),
            "starred-en.html");
    // Malformed and repeated ids are dropped; the list rides along in the form and every link.
    assertThat(html)
        .contains("<input type=\"hidden\" name=\"shortlist\" value=\"fx-4,x-1\">")
        .contains(
            "<a class=\"sl\" href=\"/embed/v1/frame?lang=en&amp;key=k&amp;q=Berlin&amp;page=1&amp;shortlist=fx-4%2Cx-1&amp;view=shortlist\">Shortlist (2)</a>")
        .contains("href=\"/?lang=en&amp;q=Berlin\"");
    // A result on the list: its star takes it off, back at its own place on the page.
    assertThat(html)
        .contains(
            "<li class=\"r\" id=\"r-fx-4\">",
            "<a class=\"star on\" href=\"/embed/v1/frame?lang=en&amp;key=k&amp;q=Berlin&amp;page=1&amp;shortlist=x-1#r-fx-4\""
                + " aria-label=\"Remove Workstation from the shortlist\" data-id=\"fx-4\">★ On the shortlist</a>");
  }

  @Test
  void theShortlistViewListsTheStarredListingsWithContactsCsvAndTheDirectory() throws IOException {
    FrameRequest r =
        FrameFixtures.request("lang=en&key=k&q=Berlin&page=2&view=shortlist&shortlist=ws-1,gone-1");
    String html = matches(page.renderShortlist(r, List.of(workstation())), "shortlist-en.html");
    assertThat(html)
        .contains(">2 organisations on the shortlist<")
        .contains(">1 organisation is no longer in the directory.<")
        .contains("href=\"/api/v1/listings.csv?ids=ws-1%2Cgone-1&amp;lang=en&amp;key=k\" download")
        .contains(
            "href=\"/?view=shortlist&amp;shortlist=ws-1%2Cgone-1&amp;lang=en\" target=\"_blank\"")
        // Back to the search as it was, list kept; removing keeps the view without the listing.
        .contains(
            "class=\"back\" href=\"/embed/v1/frame?lang=en&amp;key=k&amp;q=Berlin&amp;page=2&amp;shortlist=ws-1%2Cgone-1\"")
        .contains(
            "class=\"rm\" href=\"/embed/v1/frame?lang=en&amp;key=k&amp;q=Berlin&amp;page=2&amp;shortlist=gone-1&amp;view=shortlist\" aria-label=\"Remove Germany Workstation from the shortlist\"")
        .contains("<a class=\"c-phone\" href=\"tel:+4930126728\"");
    // Emptied: the hint, nothing to download.
    String empty =
        matches(
            page.renderShortlist(FrameFixtures.request("lang=zh&view=shortlist"), List.of()),
            "shortlist-empty-zh.html");
    assertThat(empty)
        .contains(STRINGS.text(Lang.ZH, "shortlistEmpty"))
        .doesNotContain("listings.csv");
  }
}
