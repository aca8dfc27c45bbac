package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.ipnetwork.directory.index.ListingIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staff drafts live in {@code listing-drafts}, apart from the listings: an import of the same
 * listing writes the published copy and leaves the draft exactly as it was.
 */
class ImportLeavesDraftsIT {

  @TempDir Path dir;

  @Test
  void anImportNeverTouchesADraft() throws Exception {
    ElasticsearchClient client = IndexerFixtures.client();
    IndexerFixtures.resetIndex();
    ListingIndex.DRAFTS.ensureExists(client, Clock.systemUTC());
    Map<String, Object> draft =
        Map.of(
            "id", "draft-kept-1",
            "kind", "provider",
            "name", Map.of("en", "Being edited"),
            "status", "draft",
            "workflow", Map.of("author", "editor@ipnetwork.example"));
    long seqNo =
        client
            .index(
                i ->
                    i.index(ListingIndex.DRAFTS.alias())
                        .id("draft-kept-1")
                        .document(draft)
                        .refresh(Refresh.True))
            .seqNo();

    Path file =
        IndexerFixtures.write(
            dir,
            "same-id.csv",
            "id,kind,name_en,org_type,country,services\n"
                + "draft-kept-1,provider,Imported name,law_firm,DE,patent\n");
    IndexerFixtures.Run r =
        IndexerFixtures.run(
            "import",
            file.toString(),
            "--es-url",
            IndexerFixtures.url(),
            "--report",
            dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();

    assertThat(IndexerFixtures.indexed())
        .anySatisfy(l -> assertThat(l.name().en()).isEqualTo("Imported name"));
    GetResponse<ObjectNode> kept =
        client.get(g -> g.index(ListingIndex.DRAFTS.alias()).id("draft-kept-1"), ObjectNode.class);
    assertThat(kept.seqNo()).isEqualTo(seqNo);
    assertThat(kept.source().at("/name/en").asString()).isEqualTo("Being edited");
    assertThat(kept.source().at("/workflow/author").asString())
        .isEqualTo("editor@ipnetwork.example");
  }
}
