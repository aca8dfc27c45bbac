package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild swaps the index under running searches and keeps staff edits. */
class RebuildIT {

  private static final int ROWS = 500;

  @TempDir Path dir;

  @Test
  void rebuildUnderLoadFailsNoSearchAndKeepsAnEditThenRollbackGoesBack() throws Exception {
    IndexerFixtures.resetIndex();
    StringBuilder csv = new StringBuilder("id,kind,name_en,org_type,country\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append("r-").append(i).append(",provider,Firm ").append(i).append(",law_firm,DE\n");
    }
    Path file = IndexerFixtures.write(dir, "base.csv", csv.toString());
    String url = IndexerFixtures.url();
    assertThat(
            IndexerFixtures.run(
                    "import", file.toString(), "--es-url", url, "--report", dir.toString())
                .exitCode())
        .isZero();
    ElasticsearchClient client = IndexerFixtures.client();
    String before = ListingIndex.current(client).orElseThrow();

    Listing original = IndexerFixtures.indexed().get(0);
    Listing edited = staffEdit(original);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong searches = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    Thread load =
        new Thread(
            () -> {
              while (running.get()) {
                try {
                  long hits =
                      client
                          .count(
                              c ->
                                  c.index(ListingIndex.ALIAS)
                                      .query(
                                          q ->
                                              q.term(t -> t.field("location.country").value("DE"))))
                          .count();
                  if (hits != ROWS) {
                    failures.incrementAndGet();
                  }
                  searches.incrementAndGet();
                } catch (Exception e) {
                  failures.incrementAndGet();
                }
              }
            });
    load.start();
    IndexerFixtures.Run rebuild = IndexerFixtures.run("rebuild", "--es-url", url);
    running.set(false);
    load.join();

    assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
    assertThat(searches.get()).isPositive();
    assertThat(failures.get()).isZero();
    String after = ListingIndex.current(client).orElseThrow();
    assertThat(after).isNotEqualTo(before);
    assertThat(client.indices().exists(e -> e.index(before)).value()).as("previous kept").isTrue();
    assertThat(IndexerFixtures.indexed()).hasSize(ROWS).contains(edited);
    var settings = client.indices().getSettings(g -> g.index(after)).get(after).settings();
    var index = settings.index() != null ? settings.index() : settings;
    assertThat(index.refreshInterval()).as("refresh restored").isNotNull();
    assertThat(index.refreshInterval().time()).isNotEqualTo("-1");

    IndexerFixtures.Run rollback = IndexerFixtures.run("rollback", "--es-url", url);
    assertThat(rollback.exitCode()).as(rollback.err()).isZero();
    assertThat(ListingIndex.current(client)).contains(before);
    assertThat(IndexerFixtures.indexed()).hasSize(ROWS).contains(edited);
  }

  /** A change written the way the backend's staff edit writes it: newer updatedAt, same writer. */
  private static Listing staffEdit(Listing l) throws IOException {
    Listing edited =
        new Listing(
            l.id(),
            l.kind(),
            new Names("编辑过的名称", l.name().en(), null, null),
            l.orgType(),
            l.location(),
            l.services(),
            l.industries(),
            l.languages(),
            l.description(),
            l.contacts(),
            l.workstation(),
            l.status(),
            l.verification(),
            l.createdAt(),
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            "staff");
    AtomicLong errors = new AtomicLong();
    try (ListingWriter<String> writer =
        new ListingWriter<>(
            TestElasticsearch.clients().asyncClient(),
            new ListingDocuments(Taxonomies.bundled()),
            ListingIndex.ALIAS,
            ListingWriter.Limits.defaults(),
            (ctx, id, outcome, reason) -> {
              if (outcome != ListingWriter.Outcome.UPDATED) {
                errors.incrementAndGet();
              }
            })) {
      writer.write(edited, "staff");
    }
    assertThat(errors.get()).isZero();
    return edited;
  }

  @Test
  void rebuildWithoutAnIndexIsAnError() throws IOException {
    IndexerFixtures.resetIndex();
    IndexerFixtures.Run r = IndexerFixtures.run("rebuild", "--es-url", IndexerFixtures.url());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("no listings index to rebuild");
  }
}
