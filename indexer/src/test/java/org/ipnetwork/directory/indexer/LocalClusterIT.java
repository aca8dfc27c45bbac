package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory on the three-node cluster of {@code tools/cluster/start.sh}, with one node stopped
 * in the middle: searches through a client that knows all three nodes keep answering (a failed
 * search is tried once more, as the backend's clients fail over), an import run meanwhile loses
 * none of the writes it reported, and the cluster is green again once the node is back. Run by the
 * {@code cluster} profile ({@code -Pcluster}), since it starts three nodes.
 */
@EnabledIfSystemProperty(named = "tests.cluster", matches = "true")
class LocalClusterIT {

  private static final Pattern CREATED = Pattern.compile("created (\\d+),");

  private static Map<String, String> env;
  private static List<URI> nodes;
  private static ElasticsearchClients clients;

  @TempDir Path dir;

  @BeforeAll
  static void startCluster() throws Exception {
    List<Integer> ports = freePorts(6);
    env =
        Map.of(
            "CLUSTER_HOME",
            TestElasticsearch.settings("cluster").home().toString(),
            "CLUSTER_HTTP_PORTS",
            ports.get(0) + " " + ports.get(1) + " " + ports.get(2),
            "CLUSTER_TRANSPORT_PORTS",
            ports.get(3) + " " + ports.get(4) + " " + ports.get(5),
            "CLUSTER_TIMEOUT",
            "600");
    nodes = ports.subList(0, 3).stream().map(p -> URI.create("http://127.0.0.1:" + p)).toList();
    script("start.sh");
    clients = ElasticsearchClients.connect(ConnectionSettings.to(nodes.get(0)).withUrls(nodes));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (clients != null) {
      clients.close();
    }
    if (env != null) {
      script("stop.sh");
    }
  }

  @Test
  void searchesAndWritesGoOnWhileANodeIsDown() throws Exception {
    ElasticsearchClient client = clients.client();
    Path sample = dir.resolve("sample.ndjson");
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("sample/sample-network.ndjson")) {
      Files.copy(in, sample);
    }
    assertThat(indexer("import", sample.toString()).exitCode()).isZero();
    awaitGreen(client);
    assertThat(count(client)).isEqualTo(3000);
    assertThat(
            client
                .indices()
                .getSettings(g -> g.index(ListingIndex.ALIAS))
                .result()
                .values()
                .stream()
                .map(s -> s.settings().index().autoExpandReplicas())
                .toList())
        .containsOnly("0-1");

    AtomicBoolean searching = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    AtomicInteger retried = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    Thread searcher =
        new Thread(
            () -> {
              while (searching.get()) {
                searches.incrementAndGet();
                if (!search(client)) {
                  retried.incrementAndGet();
                  sleep(1000);
                  if (!search(client)) {
                    failed.incrementAndGet();
                  }
                }
              }
            });
    searcher.start();
    sleep(2000);
    script("stop.sh", "node-2");
    int beforeImport = searches.get();

    Path more = dir.resolve("more.ndjson");
    assertThat(
            indexer("generate", "--count", "500", "--seed", "7", "--output", more.toString())
                .exitCode())
        .isZero();
    IndexerFixtures.Run imported = indexer("import", more.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    Matcher created = CREATED.matcher(imported.err());
    assertThat(created.find()).as(imported.err()).isTrue();
    long acknowledged = Long.parseLong(created.group(1));
    assertThat(acknowledged).isPositive();
    while (searches.get() < beforeImport + 50) {
      sleep(100);
    }
    searching.set(false);
    searcher.join();

    System.out.printf(
        "LocalClusterIT: %d searches while node-2 was stopped, %d retried, %d failed after the"
            + " retry; %d listings created by the import%n",
        searches.get(), retried.get(), failed.get(), acknowledged);
    assertThat(failed.get()).isZero();
    assertThat(count(client)).isEqualTo(3000 + acknowledged);

    script("start.sh", "node-2");
    awaitGreen(client);
    assertThat(client.cluster().health().numberOfNodes()).isEqualTo(3);
    assertThat(count(client)).isEqualTo(3000 + acknowledged);
  }

  private static boolean search(ElasticsearchClient client) {
    try {
      return client
              .search(
                  s ->
                      s.index(ListingIndex.ALIAS)
                          .size(5)
                          .query(q -> q.term(t -> t.field("location.country").value("DE"))),
                  Void.class)
              .hits()
              .total()
              .value()
          > 0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static IndexerFixtures.Run indexer(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!args[0].equals("generate")) {
      for (URI node : nodes) {
        all.add("--es-url");
        all.add(node.toString());
      }
    }
    if (args[0].equals("import")) {
      all.add("--report");
      all.add(System.getProperty("java.io.tmpdir"));
    }
    return IndexerFixtures.run(all.toArray(String[]::new));
  }

  private static long count(ElasticsearchClient client) throws IOException {
    client.indices().refresh(r -> r.index(ListingIndex.ALIAS));
    return client.count(c -> c.index(ListingIndex.ALIAS)).count();
  }

  private static void awaitGreen(ElasticsearchClient client) throws IOException {
    assertThat(
            client
                .cluster()
                .health(h -> h.waitForStatus(HealthStatus.Green).timeout(t -> t.time("300s")))
                .status())
        .isEqualTo(HealthStatus.Green);
  }

  /** Runs a script of tools/cluster with this test's ports and folder; it must succeed. */
  private static void script(String name, String... args) throws Exception {
    Path script = Path.of("..", "tools", "cluster", name).toAbsolutePath().normalize();
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    // Into a file, not this JVM's standard output, which is the test runner's channel.
    Path log = Files.createDirectories(Path.of(env.get("CLUSTER_HOME"))).resolve("scripts.log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue())
        .as(name + " " + List.of(args) + ":\n" + Files.readString(log))
        .isZero();
  }

  private static List<Integer> freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
