package org.ipnetwork.directory.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import picocli.CommandLine;

/** Runs the CLI in-process against the test node and reads back what it indexed. */
final class IndexerFixtures {

  /** What one CLI run returned and printed. */
  record Run(int exitCode, String out, String err) {}

  private IndexerFixtures() {}

  static ElasticsearchClient client() {
    return TestElasticsearch.clients().client();
  }

  static String url() {
    return TestElasticsearch.uri().toString();
  }

  static Run run(String... args) {
    CommandLine cli = IndexerCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Drops every listings index so that each test starts from nothing. */
  static void resetIndex() throws IOException {
    // The node refuses wildcard deletes (action.destructive_requires_name), so name each index.
    List<String> names =
        List.copyOf(client().indices().get(g -> g.index("listings-v*")).result().keySet());
    if (!names.isEmpty()) {
      client().indices().delete(d -> d.index(names));
    }
  }

  /** Imports {@code file} into a fresh index, expects a clean run, and returns what is indexed. */
  static List<Listing> importIntoEmptyIndex(Path file, Path reportDir) throws IOException {
    resetIndex();
    Run r = run("import", file.toString(), "--es-url", url(), "--report", reportDir.toString());
    org.assertj.core.api.Assertions.assertThat(r.exitCode()).as(r.err()).isZero();
    return indexed();
  }

  /** Every listing behind the alias, sorted by id. */
  /**
   * Every indexed listing, by id: pages of 5,000 after the last id, so no 10,000 window caps it.
   */
  static List<Listing> indexed() throws IOException {
    client().indices().refresh(r -> r.index(ListingIndex.ALIAS));
    List<Listing> out = new ArrayList<>();
    while (true) {
      String after = out.isEmpty() ? null : out.get(out.size() - 1).id();
      List<co.elastic.clients.elasticsearch.core.search.Hit<Listing>> page =
          client()
              .search(
                  s -> {
                    s.index(ListingIndex.ALIAS).size(5_000).sort(o -> o.field(f -> f.field("id")));
                    return after == null ? s : s.searchAfter(a -> a.stringValue(after));
                  },
                  Listing.class)
              .hits()
              .hits();
      page.forEach(h -> out.add(h.source()));
      if (page.size() < 5_000) {
        break;
      }
    }
    out.sort(Comparator.comparing(Listing::id));
    return out;
  }

  static long count() throws IOException {
    client().indices().refresh(r -> r.index(ListingIndex.ALIAS));
    return client().count(c -> c.index(ListingIndex.ALIAS)).count();
  }

  static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  /** The rows of the one report file the run wrote, without its header. */
  static List<String> reportLines(Path reportDir) throws IOException {
    try (var files = Files.list(reportDir)) {
      Path report =
          files
              .filter(p -> p.getFileName().toString().startsWith("import-report-"))
              .findFirst()
              .orElseThrow();
      List<String> lines = Files.readAllLines(report);
      return lines.subList(1, lines.size());
    }
  }
}
