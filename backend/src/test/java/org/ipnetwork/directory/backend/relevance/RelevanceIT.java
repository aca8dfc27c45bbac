package org.ipnetwork.directory.backend.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.SampleNetworkApp;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

/**
 * Search quality as a regression test: every judged query through the real HTTP API on the sample
 * network, and the same text as a plain {@code multi_match} straight to Elasticsearch for
 * reference. Writes {@code target/relevance-report.md} and {@code target/relevance-queries.tsv},
 * and fails when the API falls below a floor of {@code relevance/floors.properties}.
 */
class RelevanceIT {

  private static final int DEPTH = 10;
  private static final Path REPORT = Path.of("target", "relevance-report.md");
  private static final Path QUERIES = Path.of("target", "relevance-queries.tsv");

  @Test
  void theApiKeepsItsQualityFloors() throws IOException {
    QuerySet set = QuerySet.load();
    Judge judge = new Judge(SampleNetwork.load(), Taxonomies.bundled(), DEPTH);
    ApiRanker api = new ApiRanker(SampleNetworkApp.baseUri(), DEPTH);
    BaselineRanker baseline = new BaselineRanker(SampleNetworkApp.elasticsearch(), DEPTH);

    List<QueryResult> results = new ArrayList<>();
    for (JudgedQuery q : set.queries()) {
      Ranking a = api.rank(q);
      Ranking b = baseline.rank(q);
      results.add(new QueryResult(q, a, judge.ndcg(q, a), b, judge.ndcg(q, b)));
    }
    Report report = new Report(results, DEPTH);

    String table = report.markdown();
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, table, StandardCharsets.UTF_8);
    Files.writeString(QUERIES, report.tsv(judge), StandardCharsets.UTF_8);
    System.out.println("nDCG@" + DEPTH + " on the sample network (" + REPORT + "):\n" + table);

    assertThat(results).hasSameSizeAs(set.queries());
    assertThat(Floors.load().violations(report))
        .as("floors in " + Floors.RESOURCE + "; per query: " + QUERIES)
        .isEmpty();
  }
}
