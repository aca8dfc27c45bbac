package org.ipnetwork.directory.backend.suggest;

import static org.ipnetwork.directory.backend.GoldenJson.assertMatches;
import static org.ipnetwork.directory.backend.search.TestSearch.TAXONOMIES;
import static org.ipnetwork.directory.backend.search.TestSearch.gateway;
import static org.ipnetwork.directory.backend.search.TestSearch.scope;

import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.taxonomy.Lang;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The requests autocomplete sends, pinned as JSON under src/test/resources/golden/suggest/. */
class SuggestQueryGoldenTest {

  private final StubElasticsearch elasticsearch = new StubElasticsearch();
  private final SuggestService service = new SuggestService(gateway(elasticsearch), TAXONOMIES);

  @Test
  void withoutScopeNamesComeFromTheCompletionSuggester() {
    service.suggest("pat", Lang.EN, Scope.NONE).onErrorResume(e -> Mono.empty()).block();
    assertMatches("suggest/completion", elasticsearch.last());
  }

  @Test
  void insideAScopeNamesComeFromAPrefixSearch() {
    service
        .suggest("pat", Lang.EN, scope(Map.of("continent", List.of("AS"))))
        .onErrorResume(e -> Mono.empty())
        .block();
    assertMatches("suggest/scoped", elasticsearch.last());
  }
}
