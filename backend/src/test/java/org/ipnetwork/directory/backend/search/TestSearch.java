package org.ipnetwork.directory.backend.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.place.CityIndex;
import org.ipnetwork.directory.taxonomy.Taxonomies;

/** The search entry point wired by hand, and scopes, for unit tests of the features on it. */
public final class TestSearch {

  public static final Taxonomies TAXONOMIES = Taxonomies.bundled();

  public static final Map<String, List<String>> UNSCOPED = Map.of();

  /**
   * A partner showing Asia and one industry. One code per facet: the golden files were made before
   * scopes were typed, when the order of several codes changed from run to run.
   */
  public static final Map<String, List<String>> SOUTHEAST =
      Map.of("continent", List.of("AS"), "industry", List.of("new_energy"));

  /**
   * Signs cursors as the application under test does: the secret of
   * src/test/resources/application.properties.
   */
  static final CursorSeal SEAL =
      new CursorSeal("a test secret of thirty-two chars".getBytes(StandardCharsets.UTF_8));

  private TestSearch() {}

  /**
   * A cursor of {@code values} for the sort key {@code sort}, signed as the application under test
   * signs: a valid cursor whatever the values, to show that their types are checked too.
   */
  public static String signedCursor(String sort, List<Object> values, long seen) {
    return new Cursor(sort, values, seen).encode(SEAL);
  }

  /** The default of {@code directory.resilience.searches.max-text-terms}. */
  public static final int MAX_TEXT_TERMS = 32;

  public static DirectorySearch directorySearch(ElasticsearchGateway elasticsearch) {
    return new DirectorySearch(
        new SearchService(elasticsearch, TAXONOMIES, new UiStrings(), SEAL),
        new SearchParameterParser(TAXONOMIES, new CityIndex(), SEAL, MAX_TEXT_TERMS),
        TAXONOMIES,
        List.of());
  }

  /** The gateway with the default budget (5 s), over a stub. */
  public static ElasticsearchGateway gateway(StubElasticsearch elasticsearch) {
    return new ElasticsearchGateway(elasticsearch.client(), Duration.ofSeconds(5));
  }

  /** The scope of a partner stored as {@code stored}. */
  public static Scope scope(Map<String, List<String>> stored) {
    return Scope.fromStored(stored, TAXONOMIES);
  }
}
