package org.ipnetwork.directory.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares a request the code sent with a pretty-printed file under {@code
 * src/test/resources/golden/}, so a change to the query shows up as a diff of that file. Run with
 * {@code -Dgolden.update=true} to rewrite the files from what the code sends now, then review them
 * with {@code git diff}.
 */
public final class GoldenJson {

  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private GoldenJson() {}

  /** Fails with a line diff when {@code sent} is not what {@code golden/<name>.json} holds. */
  public static void assertMatches(String name, StubElasticsearch.Sent sent) {
    String actual = render(sent);
    Path file = DIRECTORY.resolve(name + ".json");
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError(
            "No golden file " + file + "; create it with -Dgolden.update=true.\n" + actual);
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (!expected.equals(actual)) {
        throw new AssertionError(
            "The request differs from "
                + file
                + " (- expected, + actual; -Dgolden.update=true rewrites it):\n"
                + diff(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A query string ({@code a=1&b=x%20y}) as the parameters a controller receives. */
  public static org.springframework.util.MultiValueMap<String, String> params(String query) {
    org.springframework.util.MultiValueMap<String, String> out =
        new org.springframework.util.LinkedMultiValueMap<>();
    if (query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.add(
          java.net.URLDecoder.decode(name, StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  static String render(StubElasticsearch.Sent sent) {
    ObjectNode root = JSON.createObjectNode();
    root.put("method", sent.method());
    root.put("path", sent.path());
    ObjectNode params = root.putObject("params");
    sent.params().forEach(params::put);
    if (sent.body() != null) {
      root.set("body", JSON.readTree(sent.body()));
    }
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  /** A unified-style diff of two texts, by lines (longest common subsequence), with context. */
  static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add("  " + a[i]);
        i++;
        j++;
      } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        lines.add("- " + a[i++]);
      } else {
        lines.add("+ " + b[j++]);
      }
    }
    boolean[] shown = new boolean[lines.size()];
    for (int k = 0; k < lines.size(); k++) {
      if (!lines.get(k).startsWith("  ")) {
        for (int m = Math.max(0, k - 3); m <= Math.min(lines.size() - 1, k + 3); m++) {
          shown[m] = true;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < lines.size(); k++) {
      if (shown[k]) {
        out.append(lines.get(k)).append('\n');
      } else if (k > 0 && shown[k - 1]) {
        out.append("  ...\n");
      }
    }
    return out.toString();
  }
}
