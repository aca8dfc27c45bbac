package org.ipnetwork.directory.backend.searchlog;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.search.SearchEvent;
import org.ipnetwork.directory.backend.staff.StaffApi;
import org.ipnetwork.directory.partner.IssuedKey;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.ipnetwork.directory.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search log over real HTTP on the real node: searches become documents of the month's index,
 * what the log must not hold is not there, a switched-off log writes nothing, a failing write drops
 * and counts, old months go, and the coverage heatmap's cells equal what this test counts itself
 * from the fixture file and from the searches it made. Searches are made with a partner key of
 * their own, so that the other tests' searches on the shared node do not count.
 */
class SearchLogIT extends StaffApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SCOPED_REVIEWER = "reviewer.de@ipnetwork.example";

  @Autowired SearchLog searchLog;
  @Autowired SearchLogRetention retention;
  @Autowired ElasticsearchGateway gateway;
  @Autowired ElasticsearchClient elasticsearch;
  @Autowired PartnerAdmin partners;

  private String partnerKey;
  private String partnerId;

  private void newPartner() {
    IssuedKey key =
        partners.add(new NewPartner(null, "Log " + UUID.randomUUID(), List.of(), Map.of(), 100000));
    partnerKey = key.key();
    partnerId = key.partner().id();
  }

  private JsonNode publicSearch(String query) {
    byte[] body =
        http()
            .get()
            .uri("/api/v1/search?" + query)
            .header("X-Partner-Key", partnerKey)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(new String(body, StandardCharsets.UTF_8));
  }

  private List<Map<String, Object>> logged(String partner) throws IOException {
    searchLog.flush().block(Duration.ofSeconds(30));
    elasticsearch.indices().refresh(r -> r.index(SearchLog.INDEX.pattern()));
    return elasticsearch
        .search(
            s ->
                s.index(SearchLog.INDEX.pattern())
                    .query(q -> q.term(t -> t.field("partnerId").value(partner)))
                    .size(1000),
            Map.class)
        .hits()
        .hits()
        .stream()
        .map(Hit::source)
        .map(m -> (Map<String, Object>) m)
        .toList();
  }

  @Test
  void everyPublicSearchIsLoggedOnceWithoutWhatIdentifiesTheVisitor() throws IOException {
    newPartner();
    String marker = "logtest" + UUID.randomUUID().toString().substring(0, 8);
    int searches = 6;
    for (int i = 0; i < searches; i++) {
      publicSearch("q=" + marker + " patent&lang=en");
    }
    publicSearch("q=德国 商标&lang=zh");
    // Not new searches: a further page, and the autocomplete.
    publicSearch("q=" + marker + "&page=2");
    http()
        .get()
        .uri("/api/v1/suggest?q=" + marker)
        .header("X-Partner-Key", partnerKey)
        .exchange()
        .expectStatus()
        .isOk();

    List<Map<String, Object>> records = logged(partnerId);

    assertThat(records).hasSize(searches + 1);
    assertThat(records)
        .filteredOn(r -> ("" + r.get("q")).startsWith(marker))
        .hasSize(searches)
        .allSatisfy(
            r -> {
              assertThat(r.get("queryKey")).isEqualTo(marker + " patent");
              assertThat(r.get("lang")).isEqualTo("en");
              assertThat(r.get("channel")).isEqualTo("api");
              assertThat((Map<String, Object>) r.get("understood"))
                  .containsEntry("service", List.of("patent"));
              assertThat((Map<String, Object>) r.get("selected"))
                  .containsEntry("service", List.of("patent"));
            });
    Map<String, Object> german =
        records.stream()
            .filter(r -> !("" + r.get("q")).startsWith(marker))
            .findFirst()
            .orElseThrow();
    assertThat(german.get("q")).isEqualTo("德国 商标");
    assertThat(german.get("lang")).isEqualTo("zh");
    assertThat((Map<String, Object>) german.get("understood"))
        .containsEntry("country", List.of("DE"))
        .containsEntry("service", List.of("trademark"));
    assertThat(((Number) german.get("total")).longValue()).isPositive();
    assertThat(german.get("zeroResult")).isEqualTo(false);
    Set<String> allowed =
        Set.of(
            "at",
            "q",
            "queryKey",
            "understood",
            "selected",
            "verified",
            "near",
            "total",
            "zeroResult",
            "relaxed",
            "relaxation",
            "partnerId",
            "lang",
            "channel");
    records.forEach(r -> assertThat(allowed).containsAll(r.keySet()));
  }

  @Test
  void aSwitchedOffLogWritesNothing() throws IOException {
    String partner = "off-" + UUID.randomUUID();
    SearchLog off = new SearchLog(gateway, properties(false, 100));
    for (int i = 0; i < 3; i++) {
      off.searched(event(partner));
    }
    off.flush().block(Duration.ofSeconds(30));

    assertThat(off.stats().recorded()).isZero();
    assertThat(logged(partner)).isEmpty();
  }

  @Test
  void aWriteThatFailsDropsItsSearchesAndCountsThem() {
    ElasticsearchGateway nowhere =
        new ElasticsearchGateway(
            org.ipnetwork.directory.elasticsearch.ElasticsearchClients.connect(
                    org.ipnetwork.directory.elasticsearch.ConnectionSettings.to(
                        java.net.URI.create("http://127.0.0.1:9")))
                .asyncClient(),
            Duration.ofSeconds(2));
    SearchLog log = new SearchLog(nowhere, properties(true, 100));
    for (int i = 0; i < 4; i++) {
      log.searched(event("nowhere"));
    }

    log.flush().block(Duration.ofSeconds(30));

    assertThat(log.stats().recorded()).isEqualTo(4);
    assertThat(log.stats().written()).isZero();
    assertThat(log.stats().droppedWriteFailed()).isEqualTo(4);
    assertThat(log.stats().queued()).isZero();
  }

  @Test
  void monthsBeyondTheRetentionAreDeletedWhole() throws IOException {
    newPartner();
    publicSearch("q=retention");
    logged(partnerId); // the current month's index exists now
    String old = "search-log-2020.01";
    if (!elasticsearch.indices().exists(e -> e.index(old)).value()) {
      elasticsearch.indices().create(c -> c.index(old));
    }

    List<String> deleted = retention.deleteExpired(Instant.now()).block(Duration.ofSeconds(30));

    assertThat(deleted).contains(old);
    assertThat(deleted).doesNotContain(SearchLog.INDEX.indexFor(Instant.now()));
    assertThat(elasticsearch.indices().exists(e -> e.index(old)).value()).isFalse();
    assertThat(logged(partnerId)).hasSize(1);
  }

  @Test
  void theHeatmapCountsTheFixtureListingsAndTheSearchesThatFoundNothing() throws IOException {
    newPartner();
    // Searches that find nothing: text no listing has, under a country and a service.
    String[][] asked = {
      {"DE", "patent"}, {"DE", "patent"}, {"JP", "trademark"}, {"BR", "mediation"}, {"VN", null}
    };
    Map<String, Long> expectedMissed = new HashMap<>();
    for (String[] a : asked) {
      JsonNode r =
          publicSearch("q=qqzzxxw&country=" + a[0] + (a[1] == null ? "" : "&service=" + a[1]));
      assertThat(r.get("total").asLong()).isZero();
      // Per country: every search that named it and found nothing, with a service or not.
      expectedMissed.merge(a[0] + "/", 1L, Long::sum);
      if (a[1] != null) {
        expectedMissed.merge(a[0] + "/" + a[1], 1L, Long::sum);
      }
    }
    publicSearch("country=DE&service=trademark"); // finds listings: no mark
    searchLog.flush().block(Duration.ofSeconds(30));
    elasticsearch.indices().refresh(r -> r.index(SearchLog.INDEX.pattern()));
    Map<String, Long> listed = fixtureListings();

    JsonNode coverage =
        get("/api/v1/admin/search-log/coverage?lang=en&partner=" + partnerId, REVIEWER);

    List<String> services = coverage.get("services").findValuesAsString("code");
    Map<String, Long> seenListings = new HashMap<>();
    Map<String, Long> seenMissed = new HashMap<>();
    for (JsonNode row : coverage.get("countries")) {
      String country = row.get("code").asString();
      if (row.get("listings").asLong() > 0) {
        seenListings.put(country + "/", row.get("listings").asLong());
      }
      if (row.get("zeroResultSearches").asLong() > 0) {
        seenMissed.put(country + "/", row.get("zeroResultSearches").asLong());
      }
      for (int i = 0; i < services.size(); i++) {
        JsonNode cell = row.get("cells").get(i);
        assertThat(cell.get("service").asString()).isEqualTo(services.get(i));
        if (cell.get("listings").asLong() > 0) {
          seenListings.put(country + "/" + services.get(i), cell.get("listings").asLong());
        }
        if (cell.get("zeroResultSearches").asLong() > 0) {
          seenMissed.put(country + "/" + services.get(i), cell.get("zeroResultSearches").asLong());
        }
      }
    }
    assertThat(seenListings).isEqualTo(listed);
    assertThat(seenMissed).isEqualTo(expectedMissed);
  }

  @Test
  void theCsvIsTheHeatmapLineByLineWithAByteOrderMark() {
    JsonNode coverage = get("/api/v1/admin/search-log/coverage?lang=zh", ADMIN);
    byte[] csv =
        request(
                HttpMethod.GET,
                "/api/v1/admin/search-log/coverage.csv?lang=zh",
                signIn(ADMIN),
                false)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("text/csv;charset=UTF-8")
            .expectBody()
            .returnResult()
            .getResponseBody();
    String text = new String(csv, StandardCharsets.UTF_8);

    assertThat(text).startsWith("\uFEFF\"国家或地区代码\"");
    long lines = text.lines().count();
    assertThat(lines)
        .isEqualTo(1L + coverage.get("countries").size() * (long) coverage.get("services").size());
    assertThat(text.lines().skip(1)).allMatch(l -> l.startsWith("\"") && !l.startsWith("\"="));
  }

  @Test
  void aScopedReviewerSeesItsCountriesOnly() {
    add(SCOPED_REVIEWER, StaffRole.REVIEWER, Map.of("country", List.of("DE")));

    JsonNode coverage = get("/api/v1/admin/search-log/coverage", SCOPED_REVIEWER);
    JsonNode summary = get("/api/v1/admin/search-log", SCOPED_REVIEWER);

    assertThat(coverage.get("countries").findValuesAsString("code")).containsOnly("DE");
    assertThat(summary.get("countries").findValuesAsString("code")).allMatch("DE"::equals);
  }

  @Test
  void aBadDateIsRefusedNamingIt() {
    request(HttpMethod.GET, "/api/v1/admin/search-log?from=yesterday", signIn(ADMIN), false)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.parameter")
        .isEqualTo("from");
  }

  private JsonNode get(String uri, String email) {
    byte[] body =
        request(HttpMethod.GET, uri, signIn(email), false)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(new String(body, StandardCharsets.UTF_8));
  }

  /** Published listings per {@code country/service} and per {@code country/}, from the file. */
  private static Map<String, Long> fixtureListings() throws IOException {
    Map<String, Long> out = new HashMap<>();
    try (InputStream in =
        SearchLogIT.class.getClassLoader().getResourceAsStream("fixture/listings.ndjson")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode l = JSON.readTree(line);
        if (!"published".equals(l.get("status").asString())) {
          continue;
        }
        String country = l.get("location").get("country").asString();
        out.merge(country + "/", 1L, Long::sum);
        for (JsonNode s : l.get("services")) {
          out.merge(country + "/" + s.asString(), 1L, Long::sum);
        }
      }
    }
    return out;
  }

  private static SearchLogProperties properties(boolean enabled, int capacity) {
    return new SearchLogProperties(
        enabled, capacity, Duration.ofHours(1), 50, Duration.ofDays(180), Duration.ofHours(6));
  }

  private static SearchEvent event(String partner) {
    return new SearchEvent(
        Instant.now(),
        "x",
        "x",
        Map.of(),
        Map.of(),
        null,
        false,
        0,
        true,
        true,
        null,
        partner,
        "en",
        "api");
  }
}
