package org.ipnetwork.directory.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.backend.search.TestSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of malformed or unexpected request, sent over a plain socket as an attacker would send
 * it, is answered 4xx as problem+json with a stable type and the security headers of every answer —
 * whichever layer refuses it: Netty (414, 431, a target that is no URI), Spring Security's firewall
 * (encoded slash, NUL, semicolon), the routes (404, 405, 406, 415) or the API (its 400s). Never a
 * 5xx, never an empty body.
 */
class MalformedRequestsIT extends FixtureApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TYPES = "https://ip-directory.example/problems/";

  /** name, request head, body, expected status, expected type (after the base). */
  static Stream<Arguments> malformed() {
    String relevance = TestSearch.signedCursor("relevance", List.of(1.5d, 17L, "fx-01"), 2);
    String payload = relevance.substring(0, relevance.indexOf('.'));
    String signature = relevance.substring(relevance.indexOf('.'));
    String reEncoded =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                        .replace("fx-01", "fx-99")
                        .getBytes(StandardCharsets.UTF_8))
            + signature;
    return Stream.of(
        Arguments.of(
            "long URI",
            "GET /api/v1/search?q=" + "a".repeat(5000) + " HTTP/1.1",
            414,
            "uri-too-long"),
        Arguments.of(
            "huge header",
            "GET /api/v1/search HTTP/1.1\r\nX-Filler: " + "a".repeat(20_000),
            431,
            "headers-too-large"),
        Arguments.of(
            "encoded slash", "GET /api/v1/listings/a%2fb HTTP/1.1", 400, "malformed-request"),
        Arguments.of(
            "encoded NUL", "GET /api/v1/listings/a%00b HTTP/1.1", 400, "malformed-request"),
        Arguments.of(
            "semicolon in path",
            "GET /api/v1/search;jsessionid=x HTTP/1.1",
            400,
            "malformed-request"),
        Arguments.of(
            "DELETE on search", "DELETE /api/v1/search HTTP/1.1", 405, "method-not-allowed"),
        Arguments.of("POST on search", "POST /api/v1/search HTTP/1.1", 405, "method-not-allowed"),
        // The firewall knows the standard methods only.
        Arguments.of("made-up method", "BREW /api/v1/search HTTP/1.1", 400, "malformed-request"),
        Arguments.of("unknown API route", "GET /api/v1/nothing-here HTTP/1.1", 404, "not-found"),
        Arguments.of("unknown page", "GET /no/such/page HTTP/1.1", 404, "not-found"),
        Arguments.of(
            "HEAD of an unknown route", "HEAD /api/v1/nothing-here HTTP/1.1", 404, "not-found"),
        Arguments.of(
            "actuator endpoint not exposed", "GET /actuator/env HTTP/1.1", 404, "not-found"),
        Arguments.of(
            "cursor truncated",
            "GET /api/v1/search?cursor="
                + relevance.substring(0, relevance.length() - 5)
                + " HTTP/1.1",
            400,
            "invalid-parameter"),
        Arguments.of(
            "cursor re-encoded with other values",
            "GET /api/v1/search?cursor=" + reEncoded + " HTTP/1.1",
            400,
            "invalid-parameter"),
        Arguments.of(
            "cursor without signature",
            "GET /api/v1/search?cursor=" + payload + " HTTP/1.1",
            400,
            "invalid-parameter"),
        Arguments.of(
            "signed cursor of the wrong types",
            "GET /api/v1/search?cursor="
                + TestSearch.signedCursor("relevance", List.of("high", 1.5d, 7L), 2)
                + " HTTP/1.1",
            400,
            "invalid-parameter"),
        Arguments.of(
            "signed cursor of the wrong count",
            "GET /api/v1/search?cursor="
                + TestSearch.signedCursor("relevance", List.of(1.5d, "fx-01"), 2)
                + " HTTP/1.1",
            400,
            "invalid-parameter"),
        Arguments.of(
            "another sort's cursor",
            "GET /api/v1/search?sort=verified&cursor=" + relevance + " HTTP/1.1",
            400,
            "invalid-parameter"),
        Arguments.of(
            "Accept nothing the route makes",
            "GET /api/v1/search HTTP/1.1\r\nAccept: image/png",
            406,
            "not-acceptable"),
        Arguments.of(
            "report that is not JSON",
            "POST /api/v1/listings/fx-01/corrections HTTP/1.1\r\nContent-Type: application/json",
            400,
            "invalid-parameter"),
        Arguments.of(
            "report as plain text",
            "POST /api/v1/listings/fx-01/corrections HTTP/1.1\r\nContent-Type: text/plain",
            415,
            "unsupported-media-type"),
        Arguments.of(
            "q over its limit",
            "GET /api/v1/search?q=" + "x".repeat(300) + " HTTP/1.1",
            400,
            "invalid-parameter"),
        Arguments.of(
            "size over its limit",
            "GET /api/v1/search?size=100000 HTTP/1.1",
            400,
            "invalid-parameter"),
        Arguments.of(
            "percent-encoding that is not UTF-8",
            "GET /api/v1/search?q=%C3%28 HTTP/1.1",
            400,
            "malformed-request"),
        Arguments.of(
            "percent sign without hex digits",
            "GET /api/v1/search?q=%zz HTTP/1.1",
            400,
            "malformed-request"),
        Arguments.of(
            "a target that is no URI",
            "GET /api/v1/search?q=<script> HTTP/1.1",
            400,
            "malformed-request"),
        Arguments.of(
            "unknown workplace route (sign-in first)",
            "GET /api/v1/admin/nothing-here HTTP/1.1",
            401,
            "unauthorized"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void isAProblemWithTheSecurityHeaders(String name, String head, int status, String type)
      throws Exception {
    String body = head.startsWith("POST ") && head.contains("json") ? "{not json" : "";
    if (head.startsWith("POST ") && head.contains("text/plain")) {
      body = "wrong";
    }
    RawHttp.Answer answer = RawHttp.exchange(serverPort(), head, body);

    assertThat(answer.status()).as(name).isEqualTo(status).isBetween(400, 499);
    assertThat(answer.header("Content-Type"))
        .as(name)
        .startsWith("application/problem+json")
        .containsIgnoringCase("charset=utf-8");
    assertThat(answer.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).as(name).isEqualTo("DENY");
    assertThat(answer.header("Content-Security-Policy"))
        .as(name)
        .contains("frame-ancestors 'none'");
    assertThat(answer.header("Referrer-Policy")).as(name).isNotBlank();
    if (head.startsWith("HEAD ")) {
      assertThat(answer.body()).as(name).isEmpty();
      return;
    }
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("type").asString()).as(name).isEqualTo(TYPES + type);
    assertThat(problem.path("status").asInt()).as(name).isEqualTo(status);
    assertThat(problem.path("title").asString()).as(name).isNotBlank();
    assertThat(problem.path("detail").asString()).as(name).isNotBlank();
    assertThat(answer.body()).as(name).doesNotContain("Exception").doesNotContain("at org.");
    if (name.startsWith("cursor") || name.contains("cursor")) {
      assertThat(problem.path("parameter").asString()).as(name).isEqualTo("cursor");
    }
  }

  /**
   * Figure R1 (docs/reliability.md): every kind above, again and again on fresh connections — 200
   * rounds, over 5,000 requests — each answered as the single request is. Nothing wears out.
   */
  @Test
  void aVolleyOfEveryKindIsRefusedEveryTime() throws Exception {
    int rounds = Integer.getInteger("malformed.rounds", 200);
    List<Arguments> kinds = malformed().toList();
    int sent = 0;
    for (int round = 0; round < rounds; round++) {
      for (Arguments kind : kinds) {
        Object[] row = kind.get();
        isAProblemWithTheSecurityHeaders(
            (String) row[0], (String) row[1], (Integer) row[2], (String) row[3]);
        sent++;
      }
    }
    assertThat(sent).isGreaterThanOrEqualTo(rounds * 27);
    System.out.printf(
        "R1: %d malformed requests of %d kinds, %d answered 4xx problem+json with the security"
            + " headers, 0 5xx%n",
        sent, kinds.size(), sent);
  }

  /**
   * Figure R2: 1,000 cursors forged from a valid one, each by one character changed at a random
   * place to another of the cursor's alphabet (seeded; distinct): every one a 400 naming {@code
   * cursor}, none reaching Elasticsearch as a search_after.
   */
  @Test
  void aThousandForgedCursorsAreEachRefusedNamingTheCursor() throws Exception {
    String valid = TestSearch.signedCursor("relevance", List.of(1.5d, 17L, "fx-01"), 2);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    java.util.Random random = new java.util.Random(20261130);
    java.util.Set<String> forged = new java.util.LinkedHashSet<>();
    while (forged.size() < 1000) {
      int at = random.nextInt(valid.length());
      char with = alphabet.charAt(random.nextInt(alphabet.length()));
      if (with != valid.charAt(at)) {
        forged.add(valid.substring(0, at) + with + valid.substring(at + 1));
      }
    }
    for (String cursor : forged) {
      isAProblemWithTheSecurityHeaders(
          "forged cursor " + cursor,
          "GET /api/v1/search?cursor=" + cursor + " HTTP/1.1",
          400,
          "invalid-parameter");
    }
    System.out.printf("R2: %d forged cursors, %d answered 400 naming cursor%n", 1000, 1000);
  }

  /** Refusing malformed input is routine: nothing at WARN or ERROR, no stack trace. */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void refusalsLeaveNoWarningOrStackTraceInTheLog(CapturedOutput output) throws Exception {
    List<Arguments> all = malformed().toList();
    for (Arguments a : all) {
      Object[] row = a.get();
      String head = (String) row[1];
      String body = head.startsWith("POST ") ? "{not json" : "";
      assertThat(RawHttp.exchange(serverPort(), head, body).status()).isLessThan(500);
    }
    assertThat(output.getAll().lines())
        .as("log lines at WARN or ERROR, or a stack trace")
        .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "))
        .noneMatch(line -> line.startsWith("\tat "));
  }

  @Test
  void aMethodNotAllowedSaysWhichAre() throws Exception {
    RawHttp.Answer answer = RawHttp.exchange(serverPort(), "DELETE /api/v1/search HTTP/1.1", "");
    assertThat(answer.header("Allow")).contains("GET");
  }

  /** HEAD answers like GET, without the body: the status and the same header fields. */
  @Test
  void headIsGetWithoutTheBody() throws Exception {
    for (String path :
        List.of("/api/v1/search?country=DE", "/api/v1/taxonomies", "/", "/embed/v1/frame")) {
      RawHttp.Answer get = RawHttp.exchange(serverPort(), "GET " + path + " HTTP/1.1", "");
      RawHttp.Answer head = RawHttp.exchange(serverPort(), "HEAD " + path + " HTTP/1.1", "");
      assertThat(head.status()).as(path).isEqualTo(get.status()).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      for (String field :
          List.of(
              "Content-Type",
              "ETag",
              "Cache-Control",
              "X-Content-Type-Options",
              "X-Frame-Options",
              "Content-Security-Policy")) {
        assertThat(head.header(field)).as(path + " " + field).isEqualTo(get.header(field));
      }
    }
  }
}
