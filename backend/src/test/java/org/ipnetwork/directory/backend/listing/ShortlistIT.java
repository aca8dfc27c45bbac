package org.ipnetwork.directory.backend.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A shortlist read by its ids ({@code GET /api/v1/listings?ids=}) and downloaded as CSV ({@code GET
 * /api/v1/listings.csv?ids=}): order kept, unknown and unpublished ids left out, a partner's scope
 * applied, the count limited. The fixture's fx-11 is a draft; fx-99 does not exist.
 */
class ShortlistIT extends FixtureApi {

  private final PartnerAdmin partners =
      new PartnerAdmin(
          new PartnerStore(TestElasticsearch.clients().client()),
          Taxonomies.bundled(),
          Clock.systemUTC(),
          new SecureRandom());

  private List<ListingView> listings(String query, String partnerKey) {
    return http()
        .get()
        .uri("/api/v1/listings?" + query)
        .headers(
            h -> {
              if (partnerKey != null) {
                h.set("X-Partner-Key", partnerKey);
              }
            })
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(ShortlistController.ListingsView.class)
        .returnResult()
        .getResponseBody()
        .listings();
  }

  private byte[] csv(String query, String partnerKey) {
    return http()
        .get()
        .uri("/api/v1/listings.csv?" + query)
        .headers(
            h -> {
              if (partnerKey != null) {
                h.set("X-Partner-Key", partnerKey);
              }
            })
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType("text/csv;charset=UTF-8")
        .expectHeader()
        .valueEquals(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ip-directory-shortlist.csv\"")
        .expectBody()
        .returnResult()
        .getResponseBody();
  }

  /** The file without its byte order mark, read with its header line. */
  private static List<CSVRecord> records(byte[] file) throws IOException {
    assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    try (CSVParser parser =
        CSVFormat.EXCEL
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      return parser.getRecords();
    }
  }

  private IssuedKey partnerIn(String country) {
    partners.ensureIndex();
    return partners.add(
        new NewPartner(
            "shortlist-" + UUID.randomUUID().toString().substring(0, 8),
            "Chamber of commerce",
            List.of("https://www.chamber.example"),
            Map.of("country", List.of(country)),
            600));
  }

  @Test
  void listingsComeInTheOrderGivenAndUnknownOrUnpublishedOnesAreLeftOut() {
    List<ListingView> found = listings("ids=fx-05,fx-99,fx-01,fx-11,fx-12,fx-05&lang=en", null);
    assertThat(found).extracting(ListingView::id).containsExactly("fx-05", "fx-01", "fx-12");
    ListingView fx12 = found.get(2);
    assertThat(fx12.country().label()).isEqualTo("Germany");
    assertThat(fx12.contacts().phone()).isEqualTo("+4930123456");
    assertThat(fx12.contacts().phoneDisplay()).isEqualTo("+49 30 123456");
    assertThat(fx12.contacts().email()).isEqualTo("office@fx-12.example");
    // The same view as GET /listings/{id}, field for field.
    assertThat(fx12)
        .isEqualTo(
            http()
                .get()
                .uri("/api/v1/listings/fx-12?lang=en")
                .exchange()
                .expectBody(ListingView.class)
                .returnResult()
                .getResponseBody());
    // Repeated parameters are read like a comma-separated one.
    assertThat(listings("ids=fx-02&ids=fx-03&lang=zh", null))
        .extracting(l -> l.country().label())
        .containsExactly("德国", "德国");
    assertThat(listings("ids=fx-99,fx-11", null)).isEmpty();
  }

  @Test
  void aPartnerKeyScopedToACountryGetsOnlyThatCountrysListings() throws IOException {
    String key = partnerIn("DE").key();
    assertThat(listings("ids=fx-04,fx-01,fx-06,fx-02&lang=en", key))
        .extracting(ListingView::id)
        .containsExactly("fx-01", "fx-02");
    assertThat(records(csv("ids=fx-04,fx-01,fx-06,fx-02&lang=en", key)))
        .extracting(r -> r.get("Name (English)"))
        .containsExactly("Müller & Partner Rechtsanwälte", "Berlin Patent Attorneys");
    // Without the key, the same ids are all there.
    assertThat(listings("ids=fx-04,fx-01,fx-06,fx-02", null)).hasSize(4);
  }

  @Test
  void moreThanFiftyIdsMalformedOnesOrNoneAreRefusedNamingIds() {
    String fiftyOne =
        IntStream.rangeClosed(1, 51)
            .mapToObj(i -> String.format("fx-%02d", i))
            .collect(Collectors.joining(","));
    String fifty =
        IntStream.rangeClosed(1, 50)
            .mapToObj(i -> String.format("fx-%02d", i))
            .collect(Collectors.joining(","));
    assertThat(listings("ids=" + fifty, null)).hasSize(13);
    for (String path : List.of("/api/v1/listings", "/api/v1/listings.csv")) {
      for (String query : List.of("?ids=" + fiftyOne, "?ids=fx-01,a%20b*c", "", "?ids=,")) {
        http()
            .get()
            .uri(path + query)
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type")
            .isEqualTo("https://ip-directory.example/problems/invalid-parameter")
            .jsonPath("$.parameter")
            .isEqualTo("ids");
      }
    }
  }

  @Test
  void theCsvDownloadIsExcelReadyInTheChosenLanguage() throws IOException {
    byte[] zh = csv("ids=fx-12,fx-01,fx-99&lang=zh", null);
    List<CSVRecord> rows = records(zh);
    assertThat(rows.get(0).getParser().getHeaderNames())
        .containsExactly(
            "中文名称", "英文名称", "机构类别", "国家和地区", "城市", "地址", "电话", "电子邮件", "网站", "服务", "行业", "核实日期",
            "名录链接");
    assertThat(rows).hasSize(2);
    CSVRecord fx12 = rows.get(0);
    assertThat(fx12.get("中文名称")).isEqualTo("广东新能源海外维权援助（德国）工作站（示例）");
    assertThat(fx12.get("国家和地区")).isEqualTo("德国");
    assertThat(fx12.get("城市")).isEqualTo("法兰克福");
    assertThat(fx12.get("服务")).isEqualTo("培训、诉讼与维权");
    assertThat(fx12.get("核实日期")).isEqualTo("2026-05-05");
    // International format, behind the quote that keeps "+" from starting a formula.
    assertThat(fx12.get("电话")).isEqualTo("'+49 30 123456");
    assertThat(fx12.get("电子邮件")).isEqualTo("office@fx-12.example");
    assertThat(fx12.get("名录链接")).matches("http://localhost:\\d+/\\?listing=fx-12&lang=zh");
    assertThat(rows.get(1).get("英文名称")).isEqualTo("Müller & Partner Rechtsanwälte");
    // Every cell quoted, lines ended as Excel writes them.
    String text = new String(zh, StandardCharsets.UTF_8);
    assertThat(text).contains("\"\r\n\"").endsWith("\"\r\n");

    List<CSVRecord> en = records(csv("ids=fx-12&lang=en", null));
    assertThat(en.get(0).getParser().getHeaderNames())
        .startsWith("Name (Chinese)", "Name (English)");
    assertThat(en.get(0).get("Services")).isEqualTo("Training; Litigation and enforcement");
  }
}
