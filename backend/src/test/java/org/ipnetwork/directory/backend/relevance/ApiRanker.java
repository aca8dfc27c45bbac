package org.ipnetwork.directory.backend.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranks through the public HTTP API, as the search page does: {@code GET
 * /api/v1/search?q=…&size=10}. The answer is read as a JSON tree, not as the API's record, so that
 * fields added later (the {@code related} block) are read when present and missing ones do no harm.
 */
final class ApiRanker {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final URI base;
  private final HttpClient http;
  private final int depth;

  ApiRanker(URI base, int depth) {
    this.base = base;
    this.depth = depth;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  Ranking rank(JudgedQuery query) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery(query, depth)))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(90))
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            query.id()
                + ": HTTP "
                + response.statusCode()
                + " "
                + new String(response.body(), StandardCharsets.UTF_8));
      }
      return fromResponse(MAPPER.readTree(response.body()), depth);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code /api/v1/search?q=…&size=…&…params}, spaces as %20 (not +). */
  static String pathAndQuery(JudgedQuery query, int size) {
    StringBuilder path =
        new StringBuilder("/api/v1/search?q=")
            .append(encode(query.q()))
            .append("&size=")
            .append(size);
    query.params().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            p ->
                path.append('&')
                    .append(encode(p.getKey()))
                    .append('=')
                    .append(encode(p.getValue())));
    return path.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * What the user sees: {@code hits} in order, then, when they are fewer than {@code depth}, the
   * hits of {@code related} (listings not already shown).
   */
  static Ranking fromResponse(JsonNode body, int depth) {
    Set<String> ids = new LinkedHashSet<>();
    body.path("hits").forEach(h -> add(ids, h, depth));
    int fromHits = ids.size();
    body.path("related").path("hits").forEach(h -> add(ids, h, depth));
    return new Ranking(
        new ArrayList<>(ids),
        body.path("total").asLong(0),
        ids.size() - fromHits,
        understood(body.path("interpretation")));
  }

  private static void add(Set<String> ids, JsonNode hit, int depth) {
    String id = hit.path("id").asString(null);
    if (id != null && ids.size() < depth) {
      ids.add(id);
    }
  }

  /** {@code country:DE! service:trademark rest="Müller"}: {@code !} marks a filtering term. */
  private static String understood(JsonNode interpretation) {
    StringJoiner out = new StringJoiner(" ");
    List<JsonNode> recognized = new ArrayList<>();
    interpretation.path("recognized").forEach(recognized::add);
    for (JsonNode r : recognized) {
      out.add(
          r.path("facet").asString("")
              + ":"
              + r.path("code").asString("")
              + (r.path("filtered").asBoolean(false) ? "!" : ""));
    }
    JsonNode rest = interpretation.path("remainingText");
    if (rest.isString()) {
      out.add("rest=\"" + rest.asString() + "\"");
    }
    return out.toString();
  }
}
