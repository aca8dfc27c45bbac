package org.ipnetwork.directory.backend.partner;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipnetwork.directory.backend.staff.StaffApi;
import org.ipnetwork.directory.partner.PartnerKeys;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workplace's partner API over real HTTP on the real node, each key tried on the public search
 * as a partner's page would: create, rotate with and without a grace period, revoke, the refusals
 * and the usage.
 */
@ExtendWith(OutputCaptureExtension.class)
class PartnerAdminApiIT extends StaffApi {

  private static final String PARTNERS = "/api/v1/admin/partners";
  private static final String PROBLEMS = "https://ip-directory.example/problems/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int serverPort;

  private Cookies admin;

  @BeforeEach
  void signInAdmin() {
    admin = signIn(ADMIN);
  }

  /** What an answer holds: status, Location and the body as JSON. */
  private record Answer(int status, String location, JsonNode body, String raw) {
    @Override
    public String toString() {
      return status + " " + raw;
    }
  }

  private Answer call(HttpMethod method, String uri, Object body) {
    var request = request(method, uri, admin, true);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }
    EntityExchangeResult<byte[]> r = request.exchange().expectBody().returnResult();
    String raw = r.getResponseBody() == null ? "" : new String(r.getResponseBody());
    return new Answer(
        r.getStatus().value(),
        r.getResponseHeaders().getFirst(HttpHeaders.LOCATION),
        raw.isEmpty() ? null : JSON.readTree(raw),
        raw);
  }

  private static String newId() {
    return "api-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Answer create(String id) {
    return call(
        HttpMethod.POST,
        PARTNERS,
        Map.of(
            "id",
            id,
            "name",
            "Chamber " + id,
            "allowedOrigins",
            List.of("https://www.chamber.example"),
            "scope",
            Map.of("continent", List.of("AS")),
            "requestsPerMinute",
            100));
  }

  /** The public search's status for a request with this key. */
  private int searchWith(String key) {
    return http()
        .get()
        .uri("/api/v1/search?q=patent")
        .header("X-Partner-Key", key)
        .exchange()
        .expectBody()
        .returnResult()
        .getStatus()
        .value();
  }

  private static void isProblem(Answer answer, int status, String type, String parameter) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.body().get("type").asString()).isEqualTo(PROBLEMS + type);
    if (parameter != null) {
      assertThat(answer.body().get("parameter").asString()).isEqualTo(parameter);
    }
  }

  @Test
  void aKeyWorksAfterCreateBothAfterARotationWithGraceOnlyTheNewOneWithoutAndNoneAfterRevoke(
      CapturedOutput output) {
    String id = newId();
    Answer created = create(id);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.location()).isEqualTo(PARTNERS + "/" + id);
    String first = created.body().get("key").asString();
    assertThat(created.body().get("partner").get("keyPrefix").asString())
        .isEqualTo(PartnerKeys.prefix(first));
    JsonNode zh = created.body().get("snippets").get("zh");
    assertThat(zh.get("script").asString())
        .isEqualTo(
            "<script src=\"http://localhost:"
                + port()
                + "/embed/v1/widget.js\" data-key=\""
                + first
                + "\" data-lang=\"zh\"></script>");
    assertThat(created.body().get("snippets").get("en").get("iframe").asString())
        .contains("/embed/v1/frame?key=" + first + "&amp;lang=en");
    assertThat(searchWith(first)).isEqualTo(200);

    Answer list = call(HttpMethod.GET, PARTNERS, null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.raw())
        .contains(id)
        .doesNotContain(first)
        .doesNotContain(PartnerKeys.hash(first));
    assertThat(call(HttpMethod.GET, PARTNERS + "/" + id, null).raw())
        .doesNotContain(first)
        .doesNotContain("keyHash");

    Answer graceful =
        call(HttpMethod.POST, PARTNERS + "/" + id + "/rotate", Map.of("graceHours", 24));
    assertThat(graceful.status()).as(graceful.toString()).isEqualTo(200);
    String second = graceful.body().get("key").asString();
    assertThat(graceful.body().get("partner").get("previousKeyPrefix").asString())
        .isEqualTo(PartnerKeys.prefix(first));
    assertThat(Instant.parse(graceful.body().get("partner").get("previousKeyExpires").asString()))
        .isAfter(Instant.now().plus(Duration.ofHours(23)));
    assertThat(searchWith(first)).isEqualTo(200);
    assertThat(searchWith(second)).isEqualTo(200);

    Answer atOnce = call(HttpMethod.POST, PARTNERS + "/" + id + "/rotate", Map.of("graceHours", 0));
    String third = atOnce.body().get("key").asString();
    assertThat(atOnce.body().get("partner").get("previousKeyPrefix").isNull()).isTrue();
    assertThat(searchWith(second)).isEqualTo(401);
    assertThat(searchWith(first)).isEqualTo(401);
    assertThat(searchWith(third)).isEqualTo(200);

    assertThat(call(HttpMethod.POST, PARTNERS + "/" + id + "/disable", null).status())
        .isEqualTo(200);
    assertThat(searchWith(third)).isEqualTo(403);
    Answer enabled = call(HttpMethod.POST, PARTNERS + "/" + id + "/enable", null);
    assertThat(enabled.body().get("enabled").asBoolean()).isTrue();
    assertThat(searchWith(third)).isEqualTo(200);

    Answer revoked = call(HttpMethod.POST, PARTNERS + "/" + id + "/revoke", null);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.body().get("enabled").asBoolean()).isFalse();
    assertThat(revoked.body().get("keyPrefix").isNull()).isTrue();
    assertThat(searchWith(third)).isEqualTo(401);

    // The plain keys were in answers only, never in the log.
    assertThat(output.getAll())
        .contains("Partner " + id + " added by")
        .doesNotContain(first)
        .doesNotContain(second)
        .doesNotContain(third);
  }

  @Test
  void theOldKeyStopsWhenItsGraceEnds() {
    String id = newId();
    String first = create(id).body().get("key").asString();
    String second =
        call(HttpMethod.POST, PARTNERS + "/" + id + "/rotate", Map.of("graceHours", 1))
            .body()
            .get("key")
            .asString();
    assertThat(searchWith(first)).isEqualTo(200);
    clock.advance(Duration.ofMinutes(61));
    assertThat(searchWith(first)).isEqualTo(401);
    assertThat(searchWith(second)).isEqualTo(200);
  }

  @Test
  void aChangeKeepsWhatIsNotGiven() {
    String id = newId();
    create(id);
    Answer changed =
        call(
            HttpMethod.PATCH,
            PARTNERS + "/" + id,
            Map.of("name", "Renamed", "scope", Map.of("country", List.of("DE", "FR"))));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.body().get("name").asString()).isEqualTo("Renamed");
    assertThat(changed.body().get("requestsPerMinute").asInt()).isEqualTo(100);
    assertThat(changed.body().get("allowedOrigins").get(0).asString())
        .isEqualTo("https://www.chamber.example");
    assertThat(changed.body().get("scope").get("country").toString()).isEqualTo("[\"DE\",\"FR\"]");
  }

  @Test
  void refusedInputIsA400NamingTheFieldAnUnknownIdA404AndADuplicateA409() {
    isProblem(
        call(HttpMethod.POST, PARTNERS, Map.of("id", "Bad Id", "name", "x")),
        400,
        "invalid-parameter",
        "id");
    isProblem(
        call(HttpMethod.POST, PARTNERS, Map.of("id", newId())), 400, "invalid-parameter", "name");
    isProblem(
        call(
            HttpMethod.POST,
            PARTNERS,
            Map.of("name", "x", "allowedOrigins", List.of("https://x.example/path"))),
        400,
        "invalid-parameter",
        "allowedOrigins");
    isProblem(
        call(
            HttpMethod.POST,
            PARTNERS,
            Map.of("name", "x", "scope", Map.of("country", List.of("XX")))),
        400,
        "invalid-parameter",
        "scope");
    isProblem(
        call(HttpMethod.POST, PARTNERS, Map.of("name", "x", "requestsPerMinute", 0)),
        400,
        "invalid-parameter",
        "requestsPerMinute");

    String id = newId();
    create(id);
    isProblem(create(id), 409, "conflict", "id");
    isProblem(
        call(HttpMethod.POST, PARTNERS + "/" + id + "/rotate", Map.of("graceHours", 721)),
        400,
        "invalid-parameter",
        "graceHours");
    isProblem(
        call(HttpMethod.POST, PARTNERS + "/" + id + "/rotate", Map.of("graceHours", -1)),
        400,
        "invalid-parameter",
        "graceHours");
    isProblem(
        call(HttpMethod.GET, PARTNERS + "/" + id + "/usage?days=0", null),
        400,
        "invalid-parameter",
        "days");
    isProblem(
        call(HttpMethod.GET, PARTNERS + "/" + id + "/usage?days=367", null),
        400,
        "invalid-parameter",
        "days");
    isProblem(
        call(HttpMethod.GET, PARTNERS + "/" + id + "/usage?days=x", null),
        400,
        "invalid-parameter",
        "days");

    String nobody = newId();
    isProblem(call(HttpMethod.GET, PARTNERS + "/" + nobody, null), 404, "not-found", null);
    isProblem(
        call(HttpMethod.PATCH, PARTNERS + "/" + nobody, Map.of("name", "x")),
        404,
        "not-found",
        null);
    isProblem(
        call(HttpMethod.POST, PARTNERS + "/" + nobody + "/rotate", Map.of()),
        404,
        "not-found",
        null);
    isProblem(
        call(HttpMethod.POST, PARTNERS + "/" + nobody + "/revoke", null), 404, "not-found", null);
    isProblem(
        call(HttpMethod.GET, PARTNERS + "/" + nobody + "/usage", null), 404, "not-found", null);
  }

  @Test
  void usageIsOneEntryPerDayOldestFirstZeroFilled() throws IOException {
    String id = newId();
    create(id);
    LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    PartnerUsage yesterday = new PartnerUsage(id, today.minusDays(1), 12, 2, Instant.now());
    TestElasticsearch.clients()
        .client()
        .index(
            i ->
                i.index(PartnerUsage.INDEX.alias())
                    .id(PartnerUsage.documentId(id, yesterday.date()))
                    .refresh(Refresh.WaitFor)
                    .document(yesterday));

    Answer week = call(HttpMethod.GET, PARTNERS + "/" + id + "/usage?days=7", null);
    assertThat(week.status()).as(week.toString()).isEqualTo(200);
    JsonNode days = week.body().get("days");
    assertThat(days.size()).isEqualTo(7);
    assertThat(days.get(0).get("date").asString()).isEqualTo(today.minusDays(6).toString());
    assertThat(days.get(6).get("date").asString()).isEqualTo(today.toString());
    assertThat(days.get(5).get("requests").asLong()).isEqualTo(12);
    assertThat(days.get(5).get("rejected").asLong()).isEqualTo(2);
    assertThat(days.get(4).get("requests").asLong()).isZero();

    assertThat(call(HttpMethod.GET, PARTNERS + "/" + id + "/usage", null).body().get("days").size())
        .isEqualTo(30);
    JsonNode listed = null;
    for (JsonNode p : call(HttpMethod.GET, PARTNERS, null).body()) {
      if (p.get("id").asString().equals(id)) {
        listed = p;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("requestsLast7Days").asLong()).isEqualTo(12);
  }

  private int port() {
    return serverPort;
  }
}
