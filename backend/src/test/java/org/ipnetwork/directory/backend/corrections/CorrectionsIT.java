package org.ipnetwork.directory.backend.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correction reports over real HTTP on the real node: a visitor's report reaches the staff's queue,
 * bad input is refused field by field, the bots' trap, the limit per address, unknown listings, the
 * scope of a scoped editor, and dismissing and applying recorded in the listing's history.
 */
class CorrectionsIT extends EditingApi {

  static final String QUEUE = "/api/v1/admin/corrections";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @BeforeEach
  @AfterEach
  void removeReports() throws IOException {
    String alias = CorrectionIndexes.INDEX.alias();
    List<String> ids =
        elasticsearch
            .search(
                s ->
                    s.index(alias)
                        .query(q -> q.matchAll(m -> m))
                        .source(src -> src.fetch(false))
                        .size(10_000),
                Void.class)
            .hits()
            .hits()
            .stream()
            .map(h -> h.id())
            .toList();
    if (!ids.isEmpty()) {
      elasticsearch.bulk(
          b -> {
            ids.forEach(id -> b.operations(o -> o.delete(d -> d.index(alias).id(id))));
            return b.refresh(Refresh.True);
          });
    }
  }

  /** A client address of its own, so that the limit per address is the test's alone. */
  private static String address() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  private static Map<String, Object> phoneReport() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("field", "phone");
    body.put("description", "The phone number no longer works; they moved.");
    body.put("suggestedValue", "+33 1 42 68 53 00");
    body.put("email", "exporter@example.cn");
    return body;
  }

  /** {@code POST /api/v1/listings/{id}/corrections} from {@code address}, as a visitor. */
  private Reply report(String listingId, Object body, String address, String lang) {
    WebTestClient.RequestBodySpec spec =
        http()
            .method(HttpMethod.POST)
            .uri("/api/v1/listings/" + listingId + "/corrections?lang=" + lang)
            .header("X-Forwarded-For", address);
    return answer(
        spec.contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body)
            .exchange()
            .expectBody()
            .returnResult());
  }

  /** A public answer: status, body as JSON and headers. */
  private record Reply(int status, JsonNode body, String raw, HttpHeaders headers) {
    @Override
    public String toString() {
      return status + " " + raw;
    }
  }

  private static Reply answer(EntityExchangeResult<byte[]> r) {
    byte[] bytes = r.getResponseBody();
    String raw = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    JsonNode json = raw.isEmpty() ? JSON.missingNode() : JSON.readTree(raw);
    Reply a = new Reply(r.getStatus().value(), json, raw, r.getResponseHeaders());
    if (a.status() >= 400) {
      assertThat(r.getResponseHeaders().getContentType())
          .as(a.toString())
          .isEqualTo(new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8));
    }
    return a;
  }

  private static List<String> ids(Answer queue) {
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    queue.body().get("hits").forEach(h -> out.add(h.get("id").asString()));
    return out;
  }

  private List<String> historyActions(String listingId) {
    List<String> out = new ArrayList<>();
    get(LISTINGS + "/" + listingId + "/history", session(ADMIN))
        .body()
        .forEach(e -> out.add(e.get("action").asString()));
    return out;
  }

  @Test
  void aReportIsAcceptedAndListedInTheQueue() {
    String id = published(newListing("FR"));
    Reply received = report(id, phoneReport(), address(), "en");
    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    String reportId = received.body().get("id").asString();
    assertThat(reportId).isNotBlank();

    Answer queue = get(QUEUE, signIn(EDITOR));
    assertThat(ids(queue)).containsExactly(reportId);
    assertThat(queue.body().at("/counts/open").asLong()).isEqualTo(1);
    JsonNode hit = queue.body().at("/hits/0");
    assertThat(hit.get("listingId").asString()).isEqualTo(id);
    assertThat(hit.at("/listing/name/en").asString()).startsWith("Workplace Test Firm");
    assertThat(hit.at("/listing/country").asString()).isEqualTo("FR");
    assertThat(hit.get("field").asString()).isEqualTo("phone");
    assertThat(hit.get("suggestedValue").asString()).isEqualTo("+33 1 42 68 53 00");
    assertThat(hit.get("email").asString()).isEqualTo("exporter@example.cn");
    assertThat(hit.get("lang").asString()).isEqualTo("en");
    assertThat(hit.get("state").asString()).isEqualTo("open");
    assertThat(hit.has("received")).isTrue();
    assertThat(hit.at("/listing/facets").isMissingNode()).as("not in the API").isTrue();
    assertThat(get(QUEUE + "/" + reportId, signIn(REVIEWER)).body().get("description").asString())
        .isEqualTo("The phone number no longer works; they moved.");

    // The public chain takes it: a staff cookie without a CSRF token changes nothing.
    Cookies admin = session(ADMIN);
    Reply withCookie =
        answer(
            request(HttpMethod.POST, "/api/v1/listings/" + id + "/corrections", admin, false)
                .header("X-Forwarded-For", address())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(phoneReport())
                .exchange()
                .expectBody()
                .returnResult());
    assertThat(withCookie.status()).as(withCookie.toString()).isEqualTo(201);
    Answer newestFirst = get(QUEUE + "?size=1", admin);
    assertThat(ids(newestFirst)).containsExactly(withCookie.body().get("id").asString());
    assertThat(newestFirst.body().get("total").asLong()).isEqualTo(2);
    assertThat(get(QUEUE + "?state=closed", admin).status()).isEqualTo(400);
    assertThat(get(QUEUE + "?size=101", admin).status()).isEqualTo(400);
  }

  @Test
  void badInputIsRefusedFieldByFieldInTheVisitorsLanguageAndNotCounted() {
    String id = published(newListing("FR"));
    String from = address();
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("field", "colour");
    bad.put("description", "wrong");
    bad.put("suggestedValue", "x".repeat(501));
    bad.put("email", "not an address");
    Reply refused = null;
    for (int i = 0; i < 6; i++) {
      refused = report(id, bad, from, "en");
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    }
    assertThat(refused.body().get("type").asString()).endsWith("/invalid-fields");
    Map<String, String> messages = new LinkedHashMap<>();
    refused
        .body()
        .get("errors")
        .forEach(e -> messages.put(e.get("field").asString(), e.get("message").asString()));
    assertThat(messages).containsOnlyKeys("field", "description", "suggestedValue", "email");
    assertThat(messages.get("description")).contains("10 to 2,000");
    Reply chinese = report(id, Map.of("field", "phone", "description", " 太短 "), from, "zh");
    assertThat(chinese.body().at("/errors/0/field").asString()).isEqualTo("description");
    assertThat(chinese.body().at("/errors/0/message").asString()).contains("10 至 2000");

    assertThat(report(id, phoneReport(), from, "en").status())
        .as("refused reports do not use up the address's limit")
        .isEqualTo(201);
    assertThat(report(id, "not json", from, "en").status()).isEqualTo(400);
  }

  @Test
  void aReportThatFillsTheBotsTrapIsAnsweredLikeAnyOtherAndDropped() {
    String id = published(newListing("FR"));
    Map<String, Object> bot = phoneReport();
    bot.put("homepage", "https://cheap-pills.example");
    Reply answered = report(id, bot, address(), "en");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    String fakeId = answered.body().get("id").asString();
    assertThat(fakeId).hasSize(20);

    Cookies admin = session(ADMIN);
    assertThat(get(QUEUE + "/" + fakeId, admin).status()).isEqualTo(404);
    assertThat(ids(get(QUEUE, admin))).isEmpty();
  }

  @Test
  void anAddressMaySendFiveReportsInTenMinutes() {
    String id = published(newListing("FR"));
    String from = address();
    for (int i = 0; i < 5; i++) {
      assertThat(report(id, phoneReport(), from, "en").status()).isEqualTo(201);
    }
    Reply refused = report(id, phoneReport(), from, "en");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().get("type").asString()).endsWith("/rate-limited");
    assertThat(Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
    assertThat(report(id, phoneReport(), address(), "en").status())
        .as("another address")
        .isEqualTo(201);
  }

  @Test
  void onlyAPublishedListingCanBeReported() {
    assertThat(report("no-such-listing", phoneReport(), address(), "en").status()).isEqualTo(404);
    Map<String, Object> draft = newListing("FR");
    create(session(EDITOR), draft);
    Reply unpublished = report((String) draft.get("id"), phoneReport(), address(), "en");
    assertThat(unpublished.status()).isEqualTo(404);
    assertThat(unpublished.body().get("type").asString()).endsWith("/not-found");
    assertThat(report("_not-an-id", phoneReport(), address(), "en").status()).isEqualTo(400);
  }

  @Test
  void aScopedEditorSeesAndHandlesOnlyReportsInsideItsScope() {
    String german = published(newListing("DE"));
    String french = published(newListing("FR"));
    String onGerman = report(german, phoneReport(), address(), "zh").body().get("id").asString();
    String onFrench = report(french, phoneReport(), address(), "zh").body().get("id").asString();

    Cookies scoped = signIn(SCOPED_EDITOR);
    Answer queue = get(QUEUE, scoped);
    assertThat(ids(queue)).containsExactly(onGerman);
    assertThat(queue.body().at("/counts/open").asLong()).isEqualTo(1);
    assertThat(get(QUEUE + "/" + onFrench, scoped).status()).isEqualTo(403);
    assertThat(
            send(HttpMethod.POST, QUEUE + "/" + onFrench + "/dismiss", scoped, null, reason())
                .status())
        .isEqualTo(403);
    assertThat(
            send(HttpMethod.POST, QUEUE + "/" + onFrench + "/applied", scoped, null, null).status())
        .isEqualTo(403);
    assertThat(
            send(HttpMethod.POST, QUEUE + "/" + onGerman + "/applied", scoped, null, null).status())
        .isEqualTo(200);
    assertThat(ids(get(QUEUE, signIn(EDITOR)))).containsExactly(onFrench);
  }

  private static Map<String, String> reason() {
    return Map.of("reason", "The number was checked by phone and works.");
  }

  @Test
  void dismissingAndApplyingAreRecordedInTheListingsHistoryOnceEach() {
    String id = published(newListing("FR"));
    String first = report(id, phoneReport(), address(), "en").body().get("id").asString();
    String second = report(id, phoneReport(), address(), "en").body().get("id").asString();
    Cookies editor = signIn(EDITOR);

    assertThat(
            send(
                    HttpMethod.POST,
                    QUEUE + "/" + first + "/dismiss",
                    signIn(REVIEWER),
                    null,
                    reason())
                .status())
        .as("reviewers read the queue, editors handle it")
        .isEqualTo(403);
    Answer noReason =
        send(HttpMethod.POST, QUEUE + "/" + first + "/dismiss", editor, null, Map.of());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().at("/errors/0/field").asString()).isEqualTo("reason");

    Answer dismissed =
        send(HttpMethod.POST, QUEUE + "/" + first + "/dismiss", editor, null, reason());
    assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
    assertThat(dismissed.body().get("state").asString()).isEqualTo("dismissed");
    assertThat(dismissed.body().get("handledBy").asString()).isEqualTo(EDITOR);
    assertThat(dismissed.body().get("dismissalReason").asString())
        .isEqualTo("The number was checked by phone and works.");
    Answer again = send(HttpMethod.POST, QUEUE + "/" + first + "/applied", editor, null, null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().get("parameter").asString()).isEqualTo("state");

    Answer applied = send(HttpMethod.POST, QUEUE + "/" + second + "/applied", editor, null, null);
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    assertThat(applied.body().get("state").asString()).isEqualTo("applied");

    assertThat(historyActions(id))
        .containsExactly(
            "correction_applied", "correction_dismissed", "publish", "submit", "create");
    JsonNode history = get(LISTINGS + "/" + id + "/history", editor).body();
    assertThat(history.get(1).get("reason").asString())
        .isEqualTo("The number was checked by phone and works.");
    assertThat(history.get(1).get("by").asString()).isEqualTo(EDITOR);
    assertThat(history.get(0).has("snapshot")).as("nothing to restore").isFalse();

    assertThat(ids(get(QUEUE + "?state=applied", editor))).containsExactly(second);
    assertThat(ids(get(QUEUE + "?state=dismissed", editor))).containsExactly(first);
    Answer open = get(QUEUE, editor);
    assertThat(ids(open)).isEmpty();
    assertThat(open.body().at("/counts/applied").asLong()).isEqualTo(1);
    assertThat(open.body().at("/counts/dismissed").asLong()).isEqualTo(1);
  }
}
