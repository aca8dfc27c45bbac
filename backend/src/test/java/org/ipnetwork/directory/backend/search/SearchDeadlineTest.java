package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipnetwork.directory.backend.search.TestSearch.UNSCOPED;
import static org.ipnetwork.directory.backend.search.TestSearch.scope;

import java.time.Duration;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A search keeps to one read budget across its round trips: the related answer gets what the strict
 * one left, and when that runs out the strict answer goes out alone, not an error and not after
 * five budgets.
 */
class SearchDeadlineTest {

  /** Nothing found, with the empty facets of every facet: every search answers so. */
  private static final String NOTHING =
      """
      {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},\
      "hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]},"aggregations":{%s}}"""
          .formatted(
              org.ipnetwork.directory.facet.Facet.all().stream()
                  .map(
                      f ->
                          "\"filter#%s\":{\"doc_count\":0,\"sterms#values\":{\"doc_count_error_upper_bound\":0,\"sum_other_doc_count\":0,\"buckets\":[]}}"
                              .formatted(f.parameter()))
                  .collect(java.util.stream.Collectors.joining(",")));

  private final StubElasticsearch elasticsearch = new StubElasticsearch();

  /**
   * Litigation in France, nothing found: relaxations to try (without the service, the country…).
   */
  private static MultiValueMap<String, String> fewResults() {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add("country", "FR");
    params.add("service", "litigation");
    params.add("q", "patent");
    return params;
  }

  private SearchResponse search(Duration budget) {
    DirectorySearch search =
        TestSearch.directorySearch(new ElasticsearchGateway(elasticsearch.client(), budget));
    return search
        .search(fewResults(), Lang.EN, scope(UNSCOPED), Caller.ANONYMOUS, SearchEvent.Channel.API)
        .block(Duration.ofSeconds(30));
  }

  @Test
  void withTimeEnoughEveryRelaxationIsTried() {
    elasticsearch.answer(200, NOTHING);
    SearchResponse answer = search(Duration.ofSeconds(5));
    assertThat(answer.total()).isZero();
    assertThat(answer.related()).isNull();
    // The strict search (its page and its facets), then both relaxations in turn: what the slow
    // node below is cut short of.
    assertThat(elasticsearch.sent()).hasSize(4);
  }

  @Test
  void aSlowNodeLeavesTheStrictAnswerAloneOnceTheBudgetIsSpent() {
    // Warm: the first search of a JVM spends its own time on loading classes.
    elasticsearch.answer(200, NOTHING);
    search(Duration.ofSeconds(5));
    elasticsearch.clear();
    // Each round trip takes 1.2 s of a 2 s budget: the strict one (page and facets at the same
    // time) fits, the first relaxation is cut off at most 0.8 s later, and none after it is sent.
    elasticsearch.answerAfter(Duration.ofMillis(1200), 200, NOTHING);
    SearchResponse answer = search(Duration.ofSeconds(2));
    assertThat(answer.total()).isZero();
    assertThat(answer.related()).isNull();
    assertThat(elasticsearch.sent()).hasSize(3);
  }

  @Test
  void aNodeGoneForTheRelatedAnswerLeavesTheStrictAnswer() {
    elasticsearch.answer(200, NOTHING);
    DirectorySearch search =
        TestSearch.directorySearch(
            new ElasticsearchGateway(elasticsearch.client(), Duration.ofSeconds(5)) {
              private int calls;

              @Override
              public <T>
                  reactor.core.publisher.Mono<
                          co.elastic.clients.elasticsearch.core.SearchResponse<T>>
                      searchListings(
                          java.util.function.UnaryOperator<
                                  co.elastic.clients.elasticsearch.core.SearchRequest.Builder>
                              request,
                          Class<T> documents) {
                // The strict search (page and facets, sent together) finds nothing; then the
                // node is away for every related one.
                calls++;
                return reactor.core.publisher.Mono.error(
                    new org.ipnetwork.directory.backend.web.ServiceUnavailableException(
                        "stub: node away", null));
              }
            });
    SearchResponse answer =
        search
            .search(
                fewResults(), Lang.EN, scope(UNSCOPED), Caller.ANONYMOUS, SearchEvent.Channel.API)
            .block(Duration.ofSeconds(30));
    assertThat(answer.total()).isZero();
    assertThat(answer.related()).isNull();
  }

  /**
   * A search's page and facet counts are one call through the breaker. As two, in the half-open
   * state each search took two of the three trial permits; the next one got the last permit for its
   * page, was refused the other, and gave the first back unused, so no third trial ever ended, and
   * every search was refused while the node was long back.
   */
  @Test
  void searchesCloseAHalfOpenBreaker() {
    io.github.resilience4j.circuitbreaker.CircuitBreaker breaker =
        org.ipnetwork.directory.backend.resilience.ResilienceProperties.Breaker.DEFAULTS
            .newBreaker();
    DirectorySearch search =
        TestSearch.directorySearch(
            new ElasticsearchGateway(
                elasticsearch.client(), Duration.ofSeconds(5), Duration.ofSeconds(5), breaker));
    // Answers take a while, so that a search's two requests are in flight together.
    elasticsearch.answerAfter(Duration.ofMillis(50), 200, NOTHING);
    breaker.transitionToOpenState();
    breaker.transitionToHalfOpenState();
    MultiValueMap<String, String> secondPage = new LinkedMultiValueMap<>(fewResults());
    // Past the first page, so that no related answer adds calls of its own.
    secondPage.add("page", "2");
    for (int i = 0; i < 3; i++) {
      search
          .search(secondPage, Lang.EN, scope(UNSCOPED), Caller.ANONYMOUS, SearchEvent.Channel.API)
          .block(Duration.ofSeconds(30));
    }
    assertThat(breaker.getState())
        .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
  }
}
