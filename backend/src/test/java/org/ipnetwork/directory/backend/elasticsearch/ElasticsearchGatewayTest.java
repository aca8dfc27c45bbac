package org.ipnetwork.directory.backend.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.net.ConnectException;
import java.time.Duration;
import org.ipnetwork.directory.backend.web.InternalErrorException;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the gateway takes Elasticsearch's failures, with faults injected under the real client: an
 * outage is a 503 (Retry-After), a search refused for its values is a 400, a request Elasticsearch
 * refuses otherwise is our defect (500), never a 503.
 */
class ElasticsearchGatewayTest {

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final ElasticsearchGateway gateway =
      new ElasticsearchGateway(elasticsearch.client(), Duration.ofMillis(300));

  private Throwable search() {
    return catchThrowable(() -> gateway.searchListings(s -> s.size(0), Listing.class).block());
  }

  private static String error(int status, String type) {
    return """
        {"error":{"root_cause":[{"type":"%s","reason":"injected"}],"type":"%s","reason":"injected"},\
        "status":%d}"""
        .formatted(type, type, status);
  }

  @Test
  void aSearchGoesToTheAliasWithTheBudgetAsItsTimeout() {
    elasticsearch.answer(
        200,
        """
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},\
        "hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""");
    assertThat(gateway.searchListings(s -> s.size(0), Listing.class).block().hits().hits())
        .isEmpty();
    assertThat(elasticsearch.last().path()).isEqualTo("/listings/_search");
    assertThat(elasticsearch.last().body()).contains("\"timeout\":\"300ms\"");
  }

  @Test
  void noConnectionIsUnavailable() {
    elasticsearch.fail(new ConnectException("Connection refused"));
    assertThat(search())
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("cannot be reached");
  }

  @Test
  void noAnswerWithinTheBudgetIsUnavailable() {
    elasticsearch.neverAnswer();
    assertThat(search())
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("in time");
  }

  /**
   * Cancelling an exchange of the Apache async client can race with the lease of its pooled
   * connection and lose the connection; after a node stall under load every pooled connection was
   * lost so, and the backend answered 503 until restarted. A caller's deadline answers the caller
   * and leaves the exchange to end by itself (answer, socket timeout or lease timeout).
   */
  @Test
  void aDeadlineAnswersTheCallerWithoutCancellingTheExchange() {
    elasticsearch.neverAnswer();
    assertThat(search()).isInstanceOf(ServiceUnavailableException.class);
    assertThat(gateway.breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    assertThat(elasticsearch.pending()).singleElement().matches(f -> !f.isDone());

    gateway
        .searchListings(s -> s.size(0), Listing.class)
        .timeout(Duration.ofMillis(50), reactor.core.publisher.Mono.empty())
        .block();
    assertThat(elasticsearch.pending()).hasSize(2).allMatch(f -> !f.isCancelled());
  }

  @Test
  void aMissingIndexIsUnavailable() {
    elasticsearch.answer(404, error(404, "index_not_found_exception"));
    assertThat(search())
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("not there yet");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "429, es_rejected_execution_exception",
    "500, internal_server_error",
    "502, bad_gateway",
    "503, cluster_block_exception",
    "504, timeout_exception"
  })
  void overloadAndServerErrorsAreUnavailable(int status, String type) {
    elasticsearch.answer(status, error(status, type));
    assertThat(search())
        .isInstanceOf(ServiceUnavailableException.class)
        .hasCauseInstanceOf(ElasticsearchException.class);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "400, parsing_exception",
    "400, illegal_argument_exception",
    "401, security_exception",
    "403, security_exception",
    "409, version_conflict_engine_exception"
  })
  void aRefusedRequestIsOurDefectNotAnOutage(int status, String type) {
    elasticsearch.answer(status, error(status, type));
    Throwable failure = search();
    assertThat(failure)
        .isInstanceOf(InternalErrorException.class)
        .isNotInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining(String.valueOf(status))
        .hasMessageContaining(type);
    assertThat(failure.getCause())
        .isInstanceOfSatisfying(
            ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(status));
  }

  /**
   * A search Elasticsearch parsed but could not run with its values (a {@code search_after} of the
   * wrong type) is the caller's input: a 400 without a stack trace in the log, never a 503.
   */
  @Test
  void aSearchRefusedForItsValuesIsTheCallersInput() {
    elasticsearch.answer(400, error(400, "search_phase_execution_exception"));
    assertThat(search())
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isNull());
  }

  @Test
  void otherCallsGetTheSameMapping() {
    elasticsearch.answer(400, error(400, "illegal_argument_exception"));
    assertThat(catchThrowable(() -> gateway.call(c -> c.count(n -> n.index("partners"))).block()))
        .isInstanceOf(InternalErrorException.class);
    elasticsearch.fail(new ConnectException("Connection refused"));
    assertThat(catchThrowable(() -> gateway.getListing("x", Listing.class).block()))
        .isInstanceOf(ServiceUnavailableException.class);
  }
}
