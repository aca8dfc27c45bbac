package org.ipnetwork.directory.backend.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import co.elastic.clients.elasticsearch.core.IndexResponse;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import org.ipnetwork.directory.backend.resilience.CostlySearch;
import org.ipnetwork.directory.backend.resilience.ResilienceProperties;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.backend.web.SlowSearchException;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;

/**
 * The gateway's breaker and budgets, with faults injected under the real client: a stalled node
 * costs each call its budget until the breaker opens, then nothing is sent and every call is
 * refused as an outage; input Elasticsearch refuses never opens it; trial calls close it again.
 */
class ElasticsearchBreakerTest {

  private static final ResilienceProperties.Breaker SMALL =
      new ResilienceProperties.Breaker(50, 4, 4, Duration.ofMinutes(10), 2);

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final CircuitBreaker breaker = SMALL.newBreaker();
  private final ElasticsearchGateway gateway =
      new ElasticsearchGateway(
          elasticsearch.client(), Duration.ofMillis(100), Duration.ofSeconds(5), breaker);

  private static final String EMPTY =
      """
      {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},\
      "hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""";

  private Throwable search() {
    return catchThrowable(() -> gateway.searchListings(s -> s.size(0), Listing.class).block());
  }

  private Throwable write() {
    return catchThrowable(
        () ->
            gateway
                .write(c -> c.index(i -> i.index("corrections").document(Map.of("a", 1))))
                .block());
  }

  @Test
  void aStalledNodeOpensTheBreakerAndThenNothingIsSent() {
    elasticsearch.neverAnswer();
    for (int i = 0; i < 4; i++) {
      assertThat(search())
          .isInstanceOf(ServiceUnavailableException.class)
          .hasMessageContaining("in time");
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    elasticsearch.clear();

    assertThat(search())
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("not asked again")
        .hasNoCause();
    assertThat(catchThrowable(() -> gateway.getListing("x", Listing.class).block()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(elasticsearch.sent()).isEmpty();
  }

  @Test
  void noConnectionAndServerErrorsOpenItToo() {
    elasticsearch.fail(new ConnectException("Connection refused"));
    search();
    search();
    elasticsearch.answer(503, error(503, "cluster_block_exception"));
    search();
    search();
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  /** One client's long texts timing out say the search is costly, not that the node is away. */
  @Test
  void timeoutsOfCostlySearchesDoNotOpenIt() {
    elasticsearch.neverAnswer();
    for (int i = 0; i < 8; i++) {
      assertThat(
              catchThrowable(
                  () ->
                      gateway
                          .searchListings(s -> s.size(0), Listing.class)
                          .contextWrite(CostlySearch::mark)
                          .block()))
          .isInstanceOf(SlowSearchException.class);
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
  }

  @Test
  void inputElasticsearchRefusesNeverOpensIt() {
    elasticsearch.answer(400, error(400, "search_phase_execution_exception"));
    for (int i = 0; i < 20; i++) {
      assertThat(search()).isInstanceOf(InvalidParameterException.class);
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
  }

  @Test
  void aFewFailuresAmongSuccessesLeaveItClosed() {
    elasticsearch.answer(200, EMPTY);
    search();
    search();
    search();
    elasticsearch.fail(new ConnectException("Connection refused"));
    search();
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void trialCallsThatSucceedCloseIt() {
    elasticsearch.neverAnswer();
    for (int i = 0; i < 4; i++) {
      search();
    }
    // The open period is over (here: at once rather than after open-for).
    breaker.transitionToHalfOpenState();
    elasticsearch.answer(200, EMPTY);
    assertThat(search()).isNull();
    assertThat(search()).isNull();
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aTrialCallThatFailsOpensItAgain() {
    elasticsearch.neverAnswer();
    for (int i = 0; i < 4; i++) {
      search();
    }
    breaker.transitionToHalfOpenState();
    search();
    search();
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  /** A write refused by the open breaker is an error the caller sees, never taken as done. */
  @Test
  void aWriteIsRefusedAsAnOutageWhileOpenAndNothingIsSent() {
    breaker.transitionToOpenState();
    assertThat(write())
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("not asked again");
    assertThat(elasticsearch.sent()).isEmpty();
  }

  /** A write has its own, longer budget: an answer after the read budget still counts. */
  @Test
  void aWriteGetsTheLongerBudget() {
    elasticsearch.answerAfter(
        Duration.ofMillis(300),
        200,
        """
        {"_index":"corrections","_id":"1","_version":1,"result":"created","_seq_no":0,\
        "_primary_term":1,"_shards":{"total":1,"successful":1,"failed":0}}""");
    IndexResponse written =
        gateway.write(c -> c.index(i -> i.index("corrections").document(Map.of("a", 1)))).block();
    assertThat(written.id()).isEqualTo("1");
    assertThat(search())
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("in time");
  }

  private static String error(int status, String type) {
    return """
        {"error":{"root_cause":[{"type":"%s","reason":"injected"}],"type":"%s","reason":"injected"},\
        "status":%d}"""
        .formatted(type, type, status);
  }
}
