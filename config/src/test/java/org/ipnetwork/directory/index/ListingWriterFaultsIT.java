package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.ipnetwork.directory.elasticsearch.ConnectionSettings;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.index.ListingWriter.Outcome;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.FaultyProxy;
import org.ipnetwork.directory.testsupport.FaultyProxy.Fault;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The write path under injected faults, through a proxy in front of the real node: whatever breaks,
 * every listing ends up in the index exactly once, with exactly one final outcome each — or, when
 * Elasticsearch stays broken, with a FAILED outcome each and nothing silently dropped.
 */
class ListingWriterFaultsIT {

  private static final int LISTINGS = 1200;

  /** Small requests, so that a run has several; short backoffs, so that it is quick. */
  private static final ListingWriter.Limits LIMITS =
      new ListingWriter.Limits(
          200,
          5L << 20,
          Duration.ofMillis(200),
          2,
          Duration.ofMillis(20),
          3,
          4,
          Duration.ofMillis(50));

  private final ElasticsearchClient direct = TestElasticsearch.clients().client();
  private final ListingDocuments documents = new ListingDocuments(Taxonomies.bundled());
  private final FaultyProxy proxy = FaultyProxy.inFrontOf(TestElasticsearch.uri());
  private final ElasticsearchClients viaProxy =
      ElasticsearchClients.connect(ConnectionSettings.to(proxy.uri()));
  private final Map<String, List<Outcome>> outcomes = new ConcurrentHashMap<>();

  @AfterEach
  void closeProxy() {
    viaProxy.close();
    proxy.close();
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void brokenRequestsAreSentAgainAndEveryListingLandsOnce(Fault fault) throws Exception {
    String index = freshIndex();
    proxy.breakBulks(fault, 3);

    writeAll(index);

    assertThat(proxy.faultsInjected()).isEqualTo(3);
    assertThat(proxy.bulkRequests()).isGreaterThan(LISTINGS / LIMITS.maxOperations() + 2);
    assertThat(outcomes).hasSize(LISTINGS);
    assertThat(outcomes.values()).allSatisfy(o -> assertThat(o).hasSize(1));
    // A request that landed before its answer was lost comes back as "already there".
    assertThat(outcomes.values())
        .allSatisfy(o -> assertThat(o.get(0)).isIn(Outcome.CREATED, Outcome.UNCHANGED));
    direct.indices().refresh(r -> r.index(index));
    assertThat(direct.count(c -> c.index(index)).count()).isEqualTo(LISTINGS);
  }

  @Test
  void whenElasticsearchStaysBrokenEveryListingIsReportedFailedOnceAndCloseReturns()
      throws Exception {
    String index = freshIndex();
    proxy.breakBulks(Fault.SERVICE_UNAVAILABLE, Integer.MAX_VALUE);

    writeAll(index);

    assertThat(outcomes).hasSize(LISTINGS);
    assertThat(outcomes.values()).allSatisfy(o -> assertThat(o).containsExactly(Outcome.FAILED));
    // The first attempt and every re-send reached the proxy.
    int firstRequests = LISTINGS / LIMITS.maxOperations();
    assertThat(proxy.bulkRequests())
        .isGreaterThanOrEqualTo(firstRequests * (1 + LIMITS.requestRetries()));
    direct.indices().refresh(r -> r.index(index));
    assertThat(direct.count(c -> c.index(index)).count()).isZero();
  }

  private void writeAll(String index) {
    AtomicInteger line = new AtomicInteger();
    try (ListingWriter<String> writer =
        new ListingWriter<>(
            viaProxy.asyncClient(),
            documents,
            index,
            LIMITS,
            (ctx, id, outcome, reason) ->
                outcomes.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(outcome))) {
      IntStream.range(0, LISTINGS)
          .mapToObj(i -> ListingIndexIT.listing("fault-" + i, "Listing " + i, Instant.now()))
          .forEach(l -> writer.write(l, "line " + line.incrementAndGet()));
    }
  }

  private String freshIndex() throws Exception {
    String index = "faults-" + System.nanoTime();
    direct.indices().create(ListingIndex.INDEX.createRequest(index).build());
    return index;
  }
}
