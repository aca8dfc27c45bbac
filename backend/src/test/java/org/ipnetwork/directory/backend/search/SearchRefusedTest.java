package org.ipnetwork.directory.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ipnetwork.directory.backend.search.TestSearch.UNSCOPED;
import static org.ipnetwork.directory.backend.search.TestSearch.gateway;
import static org.ipnetwork.directory.backend.search.TestSearch.scope;

import java.util.List;
import org.ipnetwork.directory.backend.context.Caller;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A search Elasticsearch refuses for its values is a 400: naming {@code cursor} when one was sent
 * (its values are the only ones the parser cannot fully check against the index), {@code q} when
 * the search expanded to too many clauses, unnamed otherwise.
 */
class SearchRefusedTest {

  private static final String REFUSED =
      """
      {"error":{"root_cause":[{"type":"illegal_argument_exception","reason":"search_after"}],\
      "type":"search_phase_execution_exception","reason":"all shards failed"},"status":400}""";

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final DirectorySearch search = TestSearch.directorySearch(gateway(elasticsearch));

  @Test
  void withACursorItNamesTheCursor() {
    elasticsearch.answer(400, REFUSED);
    String cursor = TestSearch.signedCursor("relevance", List.of(1.5d, 17L, "fx-01"), 2);
    assertThat(refusal("cursor", cursor).parameter()).isEqualTo("cursor");
  }

  /** Too many clauses: the text made it so, whether or not a cursor was sent. */
  @Test
  void aSearchTooLargeNamesQ() {
    elasticsearch.answer(
        400,
        """
        {"error":{"root_cause":[{"type":"too_many_nested_clauses","reason":"Query contains too many\
         nested clauses; maxClauseCount is set to 4096"}],"type":"search_phase_execution_exception",\
        "reason":"all shards failed"},"status":400}""");
    assertThat(refusal("q", "patent").parameter()).isEqualTo("q");
    assertThat(refusal("q", "patent").getMessage()).contains("fewer words");
  }

  @Test
  void withoutACursorItNamesNothing() {
    elasticsearch.answer(400, REFUSED);
    assertThat(refusal("q", "patent").parameter()).isNull();
  }

  private InvalidParameterException refusal(String name, String value) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add(name, value);
    Throwable e =
        catchThrowable(
            () ->
                search
                    .search(
                        params, Lang.EN, scope(UNSCOPED), Caller.ANONYMOUS, SearchEvent.Channel.API)
                    .block());
    assertThat(e).isInstanceOf(InvalidParameterException.class);
    return (InvalidParameterException) e;
  }
}
