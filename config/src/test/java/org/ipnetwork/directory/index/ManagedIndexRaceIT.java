package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several processes creating the same missing index at once (a backend and an indexer started
 * together on an empty cluster): each creator has a client of its own and all start on a latch.
 */
class ManagedIndexRaceIT {

  private static final int CREATORS = 4;
  private static final int ROUNDS = 4;
  private static final Instant T0 = Instant.parse("2026-11-29T10:15:00Z");

  private final ElasticsearchClient admin = TestElasticsearch.clients().client();
  private final List<ManagedIndex> created = new ArrayList<>();

  /** The same instant for every creator: they all try the same index name. */
  @Test
  void creatorsOfTheSameNameAgreeOnOneIndex() throws Exception {
    race("same-name", i -> Clock.fixed(T0, ZoneOffset.UTC));
  }

  /** A different instant per creator: each tries an index of its own under the alias. */
  @Test
  void creatorsOfDifferentNamesAgreeOnOneIndex() throws Exception {
    race("other-names", i -> Clock.fixed(T0.plusMillis(i), ZoneOffset.UTC));
  }

  @Test
  void creatorsOnTheSystemClockAgreeOnOneIndex() throws Exception {
    race("system-clock", i -> Clock.systemUTC());
  }

  private void race(String name, IntFunction<Clock> clocks) throws Exception {
    List<ElasticsearchClients> connections = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(CREATORS);
    try {
      for (int i = 0; i < CREATORS; i++) {
        connections.add(
            ElasticsearchClients.connect(ConnectionSettings.to(TestElasticsearch.uri())));
      }
      for (int round = 0; round < ROUNDS; round++) {
        ManagedIndex index =
            new ManagedIndex("race-" + name + "-" + round, 1, "elasticsearch/listings-index.json");
        created.add(index);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < CREATORS; i++) {
          ElasticsearchClient client = connections.get(i).client();
          Clock clock = clocks.apply(i);
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return index.ensureExists(client, clock);
                  }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> result : results) {
          answers.add(result.get(60, TimeUnit.SECONDS)); // throws if a creator failed
        }

        List<String> behindAlias =
            List.copyOf(admin.indices().getAlias(a -> a.name(index.alias())).result().keySet());
        assertThat(behindAlias).as("round %d", round).hasSize(1);
        assertThat(answers).as("round %d", round).containsOnly(behindAlias.get(0));
        assertThat(index.versionedIndices(admin)).as("round %d", round).isEqualTo(behindAlias);
      }
    } finally {
      pool.shutdownNow();
      connections.forEach(ElasticsearchClients::close);
    }
  }

  @AfterEach
  void deleteIndices() throws Exception {
    for (ManagedIndex index : created) {
      List<String> names = index.versionedIndices(admin);
      if (!names.isEmpty()) {
        admin.indices().delete(d -> d.index(names));
      }
    }
  }
}
