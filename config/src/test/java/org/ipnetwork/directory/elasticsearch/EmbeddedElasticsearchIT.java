package org.ipnetwork.directory.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** The node's lifecycle as the run command and the indexer rely on it. */
class EmbeddedElasticsearchIT {

  @Test
  void dataSurvivesARestartAndNoProcessOutlivesClose() throws Exception {
    EmbeddedSettings settings = TestElasticsearch.settings("restart");
    List<ProcessHandle> processes;
    try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(settings)) {
      assertThat(node.owned()).isTrue();
      processes = treeOf(node.pid().orElseThrow());
      try (ElasticsearchClients es =
          ElasticsearchClients.connect(ConnectionSettings.to(node.uri()))) {
        es.client().indices().create(c -> c.index("kept-across-restarts"));
      }
    }
    assertThat(processes).isNotEmpty().noneMatch(ProcessHandle::isAlive);

    try (EmbeddedElasticsearch again = EmbeddedElasticsearch.start(settings.withHttpPort(0))) {
      try (ElasticsearchClients es =
          ElasticsearchClients.connect(ConnectionSettings.to(again.uri()))) {
        ElasticsearchClient client = es.client();
        assertThat(client.indices().exists(e -> e.index("kept-across-restarts")).value()).isTrue();
      }
    }
  }

  @Test
  void attachesToTheDirectorysNodeAlreadyOnThePort() {
    EmbeddedSettings settings = TestElasticsearch.settings("attach");
    try (EmbeddedElasticsearch first = EmbeddedElasticsearch.start(settings)) {
      EmbeddedSettings samePort = settings.withHttpPort(first.uri().getPort());
      try (EmbeddedElasticsearch second = EmbeddedElasticsearch.start(samePort)) {
        assertThat(second.owned()).isFalse();
        assertThat(second.uri()).isEqualTo(first.uri());
      }
      assertThat(ProcessHandle.of(first.pid().orElseThrow())).get().matches(ProcessHandle::isAlive);
    }
  }

  @Test
  void refusesAPortTakenByAnotherProgram() throws Exception {
    try (ServerSocket foreign = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      EmbeddedSettings settings =
          TestElasticsearch.settings("taken").withHttpPort(foreign.getLocalPort());
      assertThatThrownBy(() -> EmbeddedElasticsearch.start(settings))
          .isInstanceOf(EmbeddedElasticsearchException.class)
          .hasMessageContaining("Port " + foreign.getLocalPort() + " is in use by another program");
    }
  }

  @Test
  void aNodeThatCannotStartFailsWithItsLogTail() {
    EmbeddedSettings base = TestElasticsearch.settings("broken");
    EmbeddedSettings broken =
        new EmbeddedSettings(
            base.home(),
            base.installDir(),
            0,
            "not-a-size",
            Duration.ofSeconds(60),
            null,
            0,
            null,
            base.snapshots());
    assertThatThrownBy(() -> EmbeddedElasticsearch.start(broken))
        .isInstanceOf(EmbeddedElasticsearchException.class)
        .hasMessageContaining("Elasticsearch exited with code")
        .hasMessageContaining("--- last lines of");
  }

  @Test
  void theNodeDiesWithItsParentEvenOnKill9() throws Exception {
    EmbeddedSettings settings = TestElasticsearch.settings("orphan");
    Process parent =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                NodeParentMain.class.getName(),
                settings.home().toString(),
                settings.installDir().toString())
            .redirectErrorStream(true)
            .start();
    List<ProcessHandle> node = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(NodeParentMain.READY)) {
          Arrays.stream(line.substring(NodeParentMain.READY.length()).trim().split(" "))
              .map(Long::parseLong)
              .forEach(pid -> node.addAll(treeOf(pid)));
          break;
        }
      }
      assertThat(node).as("the parent started a node").isNotEmpty();
      parent.destroyForcibly(); // SIGKILL: no shutdown hook runs
      parent.waitFor();
      Instant deadline = Instant.now().plusSeconds(60);
      while (node.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      assertThat(node).noneMatch(ProcessHandle::isAlive);
    } finally {
      node.forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void aNodeKilledWithKill9IsStartedAgainOnItsPortWithItsData() throws Exception {
    EmbeddedSettings settings = TestElasticsearch.settings("heal");
    try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(settings);
        ElasticsearchClients es = ElasticsearchClients.connect(ConnectionSettings.to(node.uri()))) {
      es.client().indices().create(c -> c.index("kept-across-a-crash"));
      long crashed = node.pid().orElseThrow();
      List<ProcessHandle> tree = treeOf(crashed);
      tree.forEach(ProcessHandle::destroyForcibly); // SIGKILL, as the kernel's OOM killer would

      EmbeddedElasticsearch.Status back = awaitPhase(node, EmbeddedElasticsearch.Phase.RUNNING, 1);
      assertThat(back.restarts()).isEqualTo(1);
      assertThat(back.problem()).isNull();
      assertThat(node.pid()).get().isNotEqualTo(crashed);
      assertThat(tree).noneMatch(ProcessHandle::isAlive);
      // The same client, on the same address, finds the data written before the crash.
      assertThat(es.client().indices().exists(e -> e.index("kept-across-a-crash")).value())
          .isTrue();
    }
  }

  @Test
  void aNodeThatIsNotStartedAgainIsReportedFailedWithTheReason() throws Exception {
    EmbeddedSettings settings = TestElasticsearch.settings("give-up").withMaxRestarts(0);
    try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(settings)) {
      assertThat(node.status().phase()).isEqualTo(EmbeddedElasticsearch.Phase.RUNNING);
      treeOf(node.pid().orElseThrow()).forEach(ProcessHandle::destroyForcibly);

      EmbeddedElasticsearch.Status failed = awaitPhase(node, EmbeddedElasticsearch.Phase.FAILED, 0);
      assertThat(failed.problem())
          .contains("exited with code")
          .contains("could not be started again in 0 attempt(s)");
    }
  }

  @Test
  void aNodeStoppedOnPurposeIsNotStartedAgain() throws Exception {
    EmbeddedSettings settings = TestElasticsearch.settings("stop-on-purpose");
    EmbeddedElasticsearch node = EmbeddedElasticsearch.start(settings);
    List<ProcessHandle> tree = treeOf(node.pid().orElseThrow());
    node.close();
    Thread.sleep(3000); // longer than the first restart delay (1 s)
    assertThat(tree).noneMatch(ProcessHandle::isAlive);
    assertThat(new NodeProbe().probe(node.uri())).isEmpty();
  }

  private static EmbeddedElasticsearch.Status awaitPhase(
      EmbeddedElasticsearch node, EmbeddedElasticsearch.Phase phase, int restarts)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(180);
    while (Instant.now().isBefore(deadline)) {
      EmbeddedElasticsearch.Status s = node.status();
      if (s.phase() == phase && s.restarts() == restarts) {
        return s;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the node did not reach " + phase + "; it is " + node.status());
  }

  private static List<ProcessHandle> treeOf(long pid) {
    List<ProcessHandle> all = new ArrayList<>();
    ProcessHandle.of(pid)
        .ifPresent(
            p -> {
              all.add(p);
              all.addAll(p.descendants().toList());
            });
    return all;
  }
}
