package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ipnetwork.directory.backup.BackedUpIndices;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.elasticsearch.EmbeddedElasticsearch;
import org.ipnetwork.directory.elasticsearch.EmbeddedSettings;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken on one node, restored on a fresh node (a new data folder, the same snapshot
 * folder): every index of the directory comes back behind its alias with the same documents, to the
 * byte of a checksum over sorted ids and canonical sources.
 */
class BackupRestoreIT {

  @TempDir Path dir;

  @Test
  void aSnapshotRestoredOnAFreshNodeHasEveryDocumentBack() throws Exception {
    EmbeddedSettings first = TestElasticsearch.settings("backup-first");
    EmbeddedSettings fresh = TestElasticsearch.settings("backup-fresh");
    assertThat(fresh.home()).isNotEqualTo(first.home());
    assertThat(fresh.snapshots()).isEqualTo(first.snapshots());

    Map<String, Digest> original;
    String name;
    try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(first);
        ElasticsearchClients clients =
            ElasticsearchClients.connect(ConnectionSettings.to(node.uri()))) {
      String url = node.uri().toString();
      Path sample = dir.resolve("sample.ndjson");
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream("sample/sample-network.ndjson")) {
        Files.copy(in, sample);
      }
      ok(IndexerFixtures.run("import", sample.toString(), "--es-url", url, "--report", "" + dir));
      ok(
          IndexerFixtures.run(
              "partners",
              "add",
              "--id",
              "chamber",
              "--name",
              "Chamber",
              "--origin",
              "https://chamber.example",
              "--host",
              "directory.example.org",
              "--es-url",
              url));
      original = digests(clients.client());
      assertThat(original.get(ListingIndex.ALIAS).count()).isEqualTo(3000);
      assertThat(original.get("partners").count()).isEqualTo(1);

      IndexerFixtures.Run snapshot = ok(IndexerFixtures.run("snapshot", "--es-url", url));
      name = snapshot.out().strip();
      assertThat(name).startsWith("directory-");
      IndexerFixtures.Run list = ok(IndexerFixtures.run("snapshot", "--list", "--es-url", url));
      assertThat(list.out()).contains(name + "\tSUCCESS");
    }

    try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(fresh);
        ElasticsearchClients clients =
            ElasticsearchClients.connect(ConnectionSettings.to(node.uri()))) {
      String url = node.uri().toString();
      assertThat(clients.client().indices().existsAlias(a -> a.name("listings")).value()).isFalse();

      IndexerFixtures.Run restore = ok(IndexerFixtures.run("restore", "--es-url", url));
      assertThat(restore.err()).contains("restored " + name);
      assertThat(digests(clients.client())).isEqualTo(original);

      IndexerFixtures.Run again = IndexerFixtures.run("restore", name, "--es-url", url);
      assertThat(again.exitCode()).isEqualTo(1);
      assertThat(again.err()).contains("already exist").contains("--replace");

      ok(IndexerFixtures.run("restore", name, "--replace", "--es-url", url));
      assertThat(digests(clients.client())).isEqualTo(original);
    }
  }

  @Test
  void mistakesExitNonZeroWithWhatToDo() {
    String url = IndexerFixtures.url();
    IndexerFixtures.Run missing = IndexerFixtures.run("restore", "directory-1", "--es-url", url);
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no snapshot named directory-1");

    IndexerFixtures.Run outside =
        IndexerFixtures.run("snapshot", "--location", dir.toString(), "--es-url", url);
    assertThat(outside.exitCode()).isEqualTo(1);
    assertThat(outside.err()).contains("path.repo");

    assertThat(IndexerFixtures.run("restore", "a", "b", "--es-url", url).exitCode()).isEqualTo(2);
  }

  private static IndexerFixtures.Run ok(IndexerFixtures.Run run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  /** What a backup must keep of one index. */
  record Digest(long count, String sha256) {}

  /** Per existing alias: the number of documents and SHA-256 over sorted ids and sources. */
  private static Map<String, Digest> digests(ElasticsearchClient client)
      throws IOException, NoSuchAlgorithmException {
    Map<String, Digest> out = new TreeMap<>();
    for (String alias : BackedUpIndices.ALIASES) {
      if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
        continue;
      }
      client.indices().refresh(r -> r.index(alias));
      Map<String, String> docs = new TreeMap<>();
      client
          .search(s -> s.index(alias).size(10_000), JsonData.class)
          .hits()
          .hits()
          .forEach(h -> docs.put(h.id(), canonical(h.source().toJson())));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      docs.forEach(
          (id, source) -> {
            sha.update((id + "\n" + source + "\n").getBytes(StandardCharsets.UTF_8));
          });
      out.put(alias, new Digest(docs.size(), HexFormat.of().formatHex(sha.digest())));
    }
    return out;
  }

  /** JSON with object keys sorted, so that equal documents give equal text. */
  private static String canonical(JsonValue value) {
    if (value instanceof JsonObject object) {
      List<String> fields = new ArrayList<>();
      new TreeMap<>(object).forEach((k, v) -> fields.add(quote(k) + ":" + canonical(v)));
      return "{" + String.join(",", fields) + "}";
    }
    if (value instanceof JsonArray array) {
      return "[" + String.join(",", array.stream().map(BackupRestoreIT::canonical).toList()) + "]";
    }
    return value instanceof JsonString s ? quote(s.getString()) : value.toString();
  }

  private static String quote(String s) {
    return jakarta.json.Json.createValue(s).toString();
  }
}
