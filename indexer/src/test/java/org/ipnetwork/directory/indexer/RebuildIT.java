package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.index.ChineseSortKey;
import org.ipnetwork.directory.index.ListingDocument;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.OlderListingIndex;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

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
    String before = ListingIndex.INDEX.current(client).orElseThrow();

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
    String after = ListingIndex.INDEX.current(client).orElseThrow();
    assertThat(after).isNotEqualTo(before);
    assertThat(client.indices().exists(e -> e.index(before)).value()).as("previous kept").isTrue();
    assertThat(IndexerFixtures.indexed()).hasSize(ROWS).contains(edited);
    var settings = client.indices().getSettings(g -> g.index(after)).get(after).settings();
    var index = settings.index() != null ? settings.index() : settings;
    assertThat(index.refreshInterval()).as("refresh restored").isNotNull();
    assertThat(index.refreshInterval().time()).isNotEqualTo("-1");

    IndexerFixtures.Run rollback = IndexerFixtures.run("rollback", "--es-url", url);
    assertThat(rollback.exitCode()).as(rollback.err()).isZero();
    assertThat(ListingIndex.INDEX.current(client)).contains(before);
    assertThat(IndexerFixtures.indexed()).hasSize(ROWS).contains(edited);
  }

  /**
   * An import that runs while a rebuild copies writes its rows with their own, old {@code
   * updatedAt} into the index being replaced. The catch-up after the swap finds them by the
   * writer's {@code indexedAt}: every row the importer was told landed is in the new index.
   */
  @Test
  void anImportRunningDuringARebuildLosesNoRowEvenWithOldDates() throws Exception {
    IndexerFixtures.resetIndex();
    StringBuilder csv = new StringBuilder("id,kind,name_en,org_type,country\n");
    for (int i = 0; i < 4 * ROWS; i++) {
      csv.append("b-").append(i).append(",provider,Base ").append(i).append(",law_firm,DE\n");
    }
    Path file = IndexerFixtures.write(dir, "base.csv", csv.toString());
    assertThat(
            IndexerFixtures.run(
                    "import",
                    file.toString(),
                    "--es-url",
                    IndexerFixtures.url(),
                    "--report",
                    dir.toString())
                .exitCode())
        .isZero();
    String before = ListingIndex.INDEX.current(IndexerFixtures.client()).orElseThrow();

    Set<String> landed = ConcurrentHashMap.newKeySet();
    AtomicLong notLanded = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread importer =
        new Thread(
            () -> {
              try (ListingWriter<String> writer =
                  new ListingWriter<>(
                      TestElasticsearch.clients().asyncClient(),
                      new ListingDocuments(Taxonomies.bundled()),
                      ListingIndex.ALIAS,
                      new ListingWriter.Limits(
                          20,
                          5L << 20,
                          Duration.ofMillis(20),
                          1,
                          Duration.ofMillis(50),
                          8,
                          5,
                          Duration.ofMillis(200)),
                      (ctx, id, outcome, reason) -> {
                        if (outcome == ListingWriter.Outcome.CREATED) {
                          landed.add(id);
                        } else {
                          notLanded.incrementAndGet();
                        }
                      })) {
                for (int i = 0; running.get(); i++) {
                  writer.write(
                      listing("during-" + i, new Names(null, "During " + i, null, null)), "row");
                  Thread.sleep(2);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    importer.start();
    Thread.sleep(300);
    IndexerFixtures.Run rebuild = IndexerFixtures.run("rebuild", "--es-url", IndexerFixtures.url());
    running.set(false);
    importer.join();

    assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
    assertThat(ListingIndex.INDEX.current(IndexerFixtures.client()))
        .isNotEqualTo(Optional.of(before));
    assertThat(notLanded.get()).isZero();
    assertThat(landed).hasSizeGreaterThan(100);
    Set<String> inIndex = new HashSet<>();
    IndexerFixtures.indexed().forEach(l -> inIndex.add(l.id()));
    assertThat(inIndex).containsAll(landed).hasSize(4 * ROWS + landed.size());
  }

  /** The index of an installation created before the Chinese name sort key and forms (strict). */
  private static final String OLDER = "listings-v1-20250101t000000000";

  /**
   * An upgraded installation's index: no Chinese name sort key or forms, in mapping or listings.
   */
  private static ElasticsearchClient olderIndexWithTwoListings() throws IOException {
    IndexerFixtures.resetIndex();
    ElasticsearchClient client = IndexerFixtures.client();
    OlderListingIndex.create(client, OLDER);
    ListingIndex.INDEX.attach(client, OLDER);
    ListingDocuments documents = new ListingDocuments(Taxonomies.bundled());
    ObjectMapper json = ElasticsearchClients.jsonMapper().objectMapper();
    for (Listing l :
        List.of(
            listing("o-1", new Names("上海商标事务所", "Shanghai Marks", null, null)),
            listing("o-2", new Names(null, "Alpha Marks", null, null)))) {
      OlderListingIndex.write(
          client, OLDER, l.id(), json.valueToTree(documents.of(l)), l.updatedAt().toEpochMilli());
    }
    // Visible to the rebuild's first copy (its catch-up pass only takes recently updated listings).
    client.indices().refresh(r -> r.index(OLDER));
    return client;
  }

  private IndexerFixtures.Run importBeijing() throws IOException {
    Path file =
        IndexerFixtures.write(
            dir,
            "new.csv",
            "id,kind,name_zh,name_en,org_type,country\n"
                + "n-1,provider,北京专利事务所,Beijing Patents,law_firm,DE\n");
    return IndexerFixtures.run(
        "import", file.toString(), "--es-url", IndexerFixtures.url(), "--report", dir.toString());
  }

  @Test
  void anImportIntoAnIndexFromBeforeTheChineseNameKeyWritesListingsWithTheKey() throws Exception {
    ElasticsearchClient client = olderIndexWithTwoListings();

    IndexerFixtures.Run imported = importBeijing();

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(nameKeys(client))
        .containsEntry("n-1", ChineseSortKey.of("北京专利事务所"))
        .containsEntry("o-1", null)
        .containsEntry("o-2", null);
  }

  @Test
  void aRebuildGivesListingsStoredBeforeTheChineseNameKeyTheKeyAndRollbackStillWorks()
      throws Exception {
    ElasticsearchClient client = olderIndexWithTwoListings();
    String url = IndexerFixtures.url();

    IndexerFixtures.Run rebuild = IndexerFixtures.run("rebuild", "--es-url", url);

    assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
    assertThat(nameKeys(client))
        .containsOnly(
            entry("o-1", ChineseSortKey.of("上海商标事务所")),
            entry("o-2", ChineseSortKey.of("Alpha Marks")));
    assertThat(importBeijing().exitCode()).isZero();
    List<String> sorted =
        client
            .search(
                s ->
                    s.index(ListingIndex.ALIAS)
                        .sort(o -> o.field(f -> f.field(ListingDocument.NAME_SORT_ZH))),
                ObjectNode.class)
            .hits()
            .hits()
            .stream()
            .map(Hit::id)
            .toList();
    assertThat(sorted).as("Latin first, then pinyin").containsExactly("o-2", "n-1", "o-1");

    // The listing imported after the rebuild carries the key; the older index must take it.
    IndexerFixtures.Run rollback = IndexerFixtures.run("rollback", "--es-url", url);
    assertThat(rollback.exitCode()).as(rollback.err()).isZero();
    assertThat(ListingIndex.INDEX.current(client)).contains(OLDER);
    assertThat(nameKeys(client)).hasSize(3).containsEntry("n-1", ChineseSortKey.of("北京专利事务所"));
  }

  /**
   * An installation upgraded in place: its index predates the simplified and pinyin forms (and the
   * pinyin analyzer), and a Taipei listing in traditional characters is stored without them, with
   * the completion inputs of the time (names only). The rebuild creates the index from the current
   * definition and derives the forms and the pinyin suggestions of stored listings.
   */
  @Test
  void aRebuildMakesListingsStoredBeforeTheChineseFormsFindableBySimplifiedTextAndPinyin()
      throws Exception {
    IndexerFixtures.resetIndex();
    ElasticsearchClient client = IndexerFixtures.client();
    OlderListingIndex.create(client, OLDER);
    ListingIndex.INDEX.attach(client, OLDER);
    Listing taipei = listing("t-1", new Names("臺北專利商標事務所", "Taipei Patents", null, null));
    ObjectNode stored =
        ElasticsearchClients.jsonMapper()
            .objectMapper()
            .valueToTree(new ListingDocuments(Taxonomies.bundled()).of(taipei));
    stored.putArray(ListingDocument.SUGGEST).add("臺北專利商標事務所").add("Taipei Patents");
    OlderListingIndex.write(client, OLDER, "t-1", stored, taipei.updatedAt().toEpochMilli());
    client.indices().refresh(r -> r.index(OLDER));
    assertThat(matching(client, "simplified.name", "专利")).isEmpty();
    assertThat(matching(client, "pinyin.name", "zhuanli")).isEmpty();
    assertThat(suggested(client, "taibei")).isEmpty();

    IndexerFixtures.Run rebuild = IndexerFixtures.run("rebuild", "--es-url", IndexerFixtures.url());

    assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
    assertThat(matching(client, "simplified.name", "台北专利")).containsExactly("t-1");
    assertThat(matching(client, "pinyin.name", "zhuanli")).containsExactly("t-1");
    assertThat(matching(client, "pinyin.name", "zhuan li")).containsExactly("t-1");
    assertThat(suggested(client, "taibei")).containsExactly("t-1");
    assertThat(suggested(client, "台北专")).containsExactly("t-1");

    // A listing written after the rebuild carries both forms; the older index must take it.
    Path file =
        IndexerFixtures.write(
            dir,
            "kaohsiung.csv",
            "id,kind,name_zh,name_en,org_type,country\n"
                + "t-2,provider,高雄專利事務所,Kaohsiung Patents,law_firm,TW\n");
    IndexerFixtures.Run imported =
        IndexerFixtures.run(
            "import",
            file.toString(),
            "--es-url",
            IndexerFixtures.url(),
            "--report",
            dir.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    IndexerFixtures.Run rollback =
        IndexerFixtures.run("rollback", "--es-url", IndexerFixtures.url());
    assertThat(rollback.exitCode()).as(rollback.err()).isZero();
    assertThat(ListingIndex.INDEX.current(client)).contains(OLDER);
    assertThat(matching(client, "simplified.name", "高雄专利")).containsExactly("t-2");
    assertThat(matching(client, "pinyin.name", "zhuanli"))
        .as("pinyin is kept but not searchable in an index without its analyzer")
        .isEmpty();
  }

  /** Ids whose {@code field} matches every word of {@code text}, behind the alias. */
  private static List<String> matching(ElasticsearchClient client, String field, String text)
      throws IOException {
    client.indices().refresh(r -> r.index(ListingIndex.ALIAS));
    return client
        .search(
            s ->
                s.index(ListingIndex.ALIAS)
                    .query(q -> q.match(m -> m.field(field).query(text).operator(Operator.And))),
            ObjectNode.class)
        .hits()
        .hits()
        .stream()
        .map(Hit::id)
        .toList();
  }

  /** Ids the completion suggester offers for {@code prefix}. */
  private static List<String> suggested(ElasticsearchClient client, String prefix)
      throws IOException {
    return client
        .search(
            s ->
                s.index(ListingIndex.ALIAS)
                    .size(0)
                    .suggest(
                        g ->
                            g.suggesters(
                                "names",
                                f ->
                                    f.prefix(prefix)
                                        .completion(c -> c.field(ListingDocument.SUGGEST)))),
            ObjectNode.class)
        .suggest()
        .get("names")
        .stream()
        .flatMap(s -> s.completion().options().stream())
        .map(CompletionSuggestOption::id)
        .distinct()
        .toList();
  }

  /** Each listing's stored Chinese name sort key (null when it has none), by id. */
  private static Map<String, String> nameKeys(ElasticsearchClient client) throws IOException {
    client.indices().refresh(r -> r.index(ListingIndex.ALIAS));
    Map<String, String> keys = new HashMap<>();
    for (Hit<ObjectNode> h :
        client.search(s -> s.index(ListingIndex.ALIAS).size(100), ObjectNode.class).hits().hits()) {
      JsonNode key = h.source().get(ListingDocument.NAME_SORT_ZH);
      keys.put(h.id(), key == null ? null : key.asString());
    }
    return keys;
  }

  private static Listing listing(String id, Names name) {
    Instant at = Instant.parse("2025-01-01T00:00:00Z");
    return new Listing(
        id,
        Kind.PROVIDER,
        name,
        "law_firm",
        new Location("DE", null, null, null, null),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        Status.PUBLISHED,
        null,
        at,
        at,
        "older version");
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
