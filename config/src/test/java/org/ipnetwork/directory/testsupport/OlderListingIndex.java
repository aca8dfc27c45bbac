package org.ipnetwork.directory.testsupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.index.ListingDocument;
import org.ipnetwork.directory.index.ListingIndex;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A listings index as a running installation created it before the Chinese name sort key and the
 * simplified and pinyin forms existed: today's definition without those fields (still strict) and
 * without the {@code pinyin} analyzer, holding documents without them.
 */
public final class OlderListingIndex {

  /**
   * The derived fields the older version did not write, and the drafts' {@code workflow} object,
   * which came later still.
   */
  public static final List<String> MISSING_FIELDS =
      List.of(
          ListingDocument.SIMPLIFIED,
          ListingDocument.PINYIN,
          ListingDocument.NAME_SORT_ZH,
          "workflow");

  /** The analyzer the older version's index was created without, and its own token filter. */
  public static final String MISSING_ANALYZER = "pinyin";

  private static final String MISSING_FILTER = "pinyin_joined";

  private static final ObjectMapper JSON = ElasticsearchClients.jsonMapper().objectMapper();

  private OlderListingIndex() {}

  /** Creates {@code name} from the definition minus the missing fields and analyzer. */
  public static void create(ElasticsearchClient client, String name) throws IOException {
    ObjectNode definition;
    try (InputStream in = ListingIndex.INDEX.openDefinition()) {
      definition = (ObjectNode) JSON.readTree(in);
    }
    definition.withObject("/mappings/properties").remove(MISSING_FIELDS);
    ObjectNode analysis = definition.withObject("/settings/index/analysis");
    analysis.withObject("/analyzer").remove(MISSING_ANALYZER);
    analysis.withObject("/filter").remove(MISSING_FILTER);
    String json = JSON.writeValueAsString(definition);
    client.indices().create(c -> c.index(name).withJson(new StringReader(json)));
  }

  /** Writes {@code document} without the missing fields, as the older version stored it. */
  public static void write(
      ElasticsearchClient client, String index, String id, ObjectNode document, long version)
      throws IOException {
    ObjectNode older = document.deepCopy();
    older.remove(MISSING_FIELDS);
    client.index(
        i ->
            i.index(index)
                .id(id)
                .document(older)
                .version(version)
                .versionType(VersionType.External));
  }
}
