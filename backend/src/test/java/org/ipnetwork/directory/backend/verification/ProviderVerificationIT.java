package org.ipnetwork.directory.backend.verification;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The provider's journey over real HTTP with a real SMTP server (GreenMail): staff ask, the mail
 * arrives with both languages and the link, the provider follows the link (no account, no session)
 * and confirms (the listing's last-verified date becomes today, the history says "confirmed by the
 * provider") or proposes changes (a draft in review); the link then refuses a second use, and an
 * expired or tampered link is refused as a page and as problem+json.
 */
class ProviderVerificationIT extends EditingApi {

  static final String QUEUE = "/api/v1/admin/verification";
  static final int SMTP_PORT = freePort();
  static final String PROVIDER = "office@seidel-verify.example";
  private static final Pattern LINK = Pattern.compile("(http://\\S+/verify/(\\S+))");

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("directory.verification.mails-per-minute", () -> 6000);
  }

  @Autowired LinkSeal seal;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  @AfterEach
  void clean() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    String alias = VerificationRecords.INDEX.alias();
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

  /** A published listing with the provider's address, never verified: due. */
  private String dueListing() {
    Map<String, Object> listing = newListing("DE");
    listing.put("contacts", Map.of("email", PROVIDER));
    return published(listing);
  }

  /** Staff ask the provider of {@code id}; the batch is waited for; returns the mail's link. */
  private String askAndReceive(String id) throws Exception {
    Cookies editor = session(EDITOR);
    Answer batch =
        send(HttpMethod.POST, QUEUE + "/requests", editor, null, Map.of("listingIds", List.of(id)));
    assertThat(batch.status()).as(batch.toString()).isEqualTo(202);
    String batchId = batch.body().get("id").asString();
    Answer state = batch;
    for (int i = 0; i < 600 && !state.body().get("done").asBoolean(); i++) {
      Thread.sleep(50);
      state = get(QUEUE + "/batches/" + batchId, editor);
    }
    assertThat(state.body().get("done").asBoolean()).as(state.toString()).isTrue();
    assertThat(state.body().get("sent").asInt()).as(state.toString()).isEqualTo(1);
    assertThat(state.body().get("failed").asInt()).isZero();

    assertThat(SMTP.waitForIncomingEmail(30_000, 1)).isTrue();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(PROVIDER);
    assertThat(mail.getSubject()).contains("请核实").contains("Please check your listing");
    String body = (String) mail.getContent();
    assertThat(body).contains("Workplace Test Firm").contains("测试律所").contains("(UTC), once.");
    Matcher m = LINK.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    String link = m.group(1);
    assertThat(link).startsWith("http://localhost:" + serverPort() + "/verify/");
    return link;
  }

  private HttpResponse<String> getPage(String link) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(link)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(String link, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(URI.create(link))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", "10.9.8.7")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode history(String id) {
    return get(LISTINGS + "/" + id + "/history", session(ADMIN)).body();
  }

  private static String tokenOf(String link) {
    return link.substring(link.indexOf("/verify/") + "/verify/".length());
  }

  @Test
  void theProviderConfirmsThroughTheMailedLink() throws Exception {
    String id = dueListing();
    Answer queue = get(QUEUE + "?country=DE&size=100", session(EDITOR));
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    assertThat(queue.body().get("mail").asBoolean()).isTrue();
    assertThat(ids(queue)).contains(id);

    String link = askAndReceive(id);

    JsonNode asked = hit(get(QUEUE + "?country=DE&size=100", session(EDITOR)), id);
    assertThat(asked.at("/lastAsked/outcome").asString()).isEqualTo("sent");
    assertThat(asked.at("/lastAsked/by").asString()).isEqualTo(EDITOR);

    HttpResponse<String> page = getPage(link + "?lang=en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Please check your listing").contains("Workplace Test Firm");
    assertThat(getPage(link).body()).contains("请核实贵机构的名录信息");

    HttpResponse<String> confirmed = postForm(link, Map.of("action", "confirm", "lang", "en"));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.body()).contains("Thank you for confirming");

    Answer read = get(LISTINGS + "/" + id, session(EDITOR));
    assertThat(read.body().at("/published/verification/lastVerified").asString())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(read.body().at("/published/verification/verifiedBy").asString())
        .isEqualTo("provider");
    JsonNode entry = history(id).get(0);
    assertThat(entry.get("action").asString()).isEqualTo("provider_confirmed");
    assertThat(entry.get("reason").asString()).isEqualTo("confirmed by the provider");
    assertThat(entry.get("by").asString()).isEqualTo("provider:" + PROVIDER);

    assertThat(ids(get(QUEUE + "?country=DE&size=100", session(EDITOR)))).doesNotContain(id);

    // Used: the page, the form and the API refuse a second use.
    HttpResponse<String> again = postForm(link, Map.of("action", "confirm", "lang", "en"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("data-reason=\"used\"");
    assertThat(getPage(link).statusCode()).isEqualTo(409);
    HttpResponse<String> api =
        getPage("http://localhost:" + serverPort() + "/api/v1/verification/" + tokenOf(link));
    assertThat(api.statusCode()).isEqualTo(409);
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(api.body()).contains("\"reason\":\"used\"").contains("verification-link");
  }

  @Test
  void aProposalBecomesADraftInReviewAndRefusedValuesKeepTheLink() throws Exception {
    String id = dueListing();
    String link = askAndReceive(id);

    HttpResponse<String> refused =
        postForm(link, Map.of("action", "propose", "lang", "en", "website", "not a web address"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("aria-invalid=\"true\"").contains("id=\"errors\"");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("action", "propose");
    form.put("lang", "zh");
    form.put("nameEn", "Seidel Verified Partners");
    form.put("phone", "+49 89 1234567");
    HttpResponse<String> proposed = postForm(link, form);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    assertThat(proposed.body()).contains("修改已提交");

    Answer read = get(LISTINGS + "/" + id, session(REVIEWER));
    assertThat(read.body().at("/draft/listing/status").asString()).isEqualTo("in_review");
    assertThat(read.body().at("/draft/listing/name/en").asString())
        .isEqualTo("Seidel Verified Partners");
    assertThat(read.body().at("/draft/listing/contacts/phone").asString())
        .isEqualTo("+49891234567");
    assertThat(read.body().at("/draft/workflow/author").asString())
        .isEqualTo("provider:" + PROVIDER);
    assertThat(read.body().at("/published/name/en").asString()).startsWith("Workplace Test Firm");
    JsonNode entry = history(id).get(0);
    assertThat(entry.get("action").asString()).isEqualTo("provider_proposed");
    assertThat(entry.get("to").asString()).isEqualTo("in_review");

    // The reviewer publishes it like any draft in review.
    Answer published =
        action(
            session(REVIEWER), id, "draft/publish", read.body().at("/draft/etag").asString(), null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.body().at("/published/name/en").asString())
        .isEqualTo("Seidel Verified Partners");

    assertThat(postForm(link, form).statusCode()).isEqualTo(409);
  }

  @Test
  void expiredAndTamperedLinksAreRefused() throws Exception {
    String id = dueListing();
    String base = "http://localhost:" + serverPort();
    String expired = seal.issue(id, Instant.now().minusSeconds(1));
    HttpResponse<String> page = getPage(base + "/verify/" + expired + "?lang=en");
    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("data-reason=\"expired\"").contains("This link has expired");
    HttpResponse<String> api = getPage(base + "/api/v1/verification/" + expired);
    assertThat(api.statusCode()).isEqualTo(410);
    assertThat(api.body()).contains("\"reason\":\"expired\"");
    assertThat(postForm(base + "/verify/" + expired, Map.of("action", "confirm")).statusCode())
        .isEqualTo(410);

    String valid = seal.issue(id, Instant.now().plus(Duration.ofDays(1)));
    assertThat(getPage(base + "/verify/" + valid).statusCode()).isEqualTo(200);
    // Another listing's id in the payload, the signature kept.
    String payload =
        new String(
            java.util.Base64.getUrlDecoder().decode(valid.substring(0, valid.indexOf('.'))),
            StandardCharsets.UTF_8);
    String forged =
        java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace(id, "sample-0001").getBytes(StandardCharsets.UTF_8))
            + valid.substring(valid.indexOf('.'));
    HttpResponse<String> tampered = getPage(base + "/verify/" + forged);
    assertThat(tampered.statusCode()).isEqualTo(404);
    assertThat(tampered.body()).contains("data-reason=\"invalid\"");
    HttpResponse<String> tamperedPost =
        postForm(base + "/verify/" + forged, Map.of("action", "confirm"));
    assertThat(tamperedPost.statusCode()).isEqualTo(404);
    HttpResponse<String> tamperedApi =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/verification/" + forged + "/confirm"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(tamperedApi.statusCode()).isEqualTo(404);
    assertThat(tamperedApi.body()).contains("\"reason\":\"invalid\"");

    // Nothing was recorded: the listing is still due and unverified.
    Answer read = get(LISTINGS + "/" + id, session(EDITOR));
    assertThat(read.body().at("/published/verification").isMissingNode()).isTrue();
  }

  static List<String> ids(Answer queue) {
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    queue.body().get("hits").forEach(h -> out.add(h.get("id").asString()));
    return out;
  }

  static JsonNode hit(Answer queue, String id) {
    for (JsonNode h : queue.body().get("hits")) {
      if (id.equals(h.get("id").asString())) {
        return h;
      }
    }
    throw new AssertionError(id + " not in " + queue);
  }
}
