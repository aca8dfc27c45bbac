package org.ipnetwork.directory.backend.suggest;

import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchProperties;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.search.SearchScope;
import org.ipnetwork.directory.taxonomy.Lang;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The requests autocomplete sends, pinned as JSON under src/test/resources/golden/suggest/. */
class SuggestQueryGoldenTest {

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final SuggestService service =
      new SuggestService(
          elasticsearch.client(),
          Taxonomies.bundled(),
          new ElasticsearchProperties(
              List.of(),
              null,
              null,
              null,
              null,
              Duration.ofSeconds(2),
              Duration.ofSeconds(10),
              Duration.ofSeconds(5),
              null));

  @Test
  void withoutScopeNamesComeFromTheCompletionSuggester() {
    service
        .suggest("pat", Lang.EN, new SearchScope(Map.of()))
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("suggest/completion", elasticsearch.last());
  }

  @Test
  void insideAScopeNamesComeFromAPrefixSearch() {
    service
        .suggest("pat", Lang.EN, new SearchScope(Map.of("continent", Set.of("AS"))))
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("suggest/scoped", elasticsearch.last());
  }
}
