package org.ipnetwork.directory.elasticsearch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a node for {@code /_cluster/health}. The integ-test distribution has no {@code GET /}, so
 * this is the one call that says both "it answers" and "who it is".
 */
final class NodeProbe {

  private static final Pattern CLUSTER_NAME =
      Pattern.compile("\"cluster_name\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]*)\"");

  /** What the node said: its cluster name and health colour. */
  record Health(String clusterName, String status) {
    boolean usable() {
      return "green".equals(status) || "yellow".equals(status);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Empty when nothing listens; a health when anything answering HTTP JSON does. */
  Optional<Health> probe(URI base) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/_cluster/health"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return Optional.of(new Health(group(CLUSTER_NAME, body), group(STATUS, body)));
    } catch (ConnectException e) {
      return Optional.empty();
    } catch (IOException e) {
      // Something listens but does not speak HTTP: report it as a foreign answer.
      return Optional.of(new Health(null, null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String group(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body == null ? "" : body);
    return m.find() ? m.group(1) : null;
  }
}
