package org.ipnetwork.directory.testsupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipnetwork.directory.index.ListingDocument;
import org.ipnetwork.directory.index.ListingIndex;
import tools.jackson.databind.node.ObjectNode;

/**
 * A listings index as a running installation created it before {@code nameSortZh} existed: today's
 * definition without that field, holding documents without it.
 */
public final class OlderListingIndex {

  public static final String MISSING_FIELD = ListingDocument.NAME_SORT_ZH;

  private OlderListingIndex() {}

  /** Creates {@code name} from the definition minus {@link #MISSING_FIELD} (still strict). */
  public static void create(ElasticsearchClient client, String name) throws IOException {
    CreateIndexRequest current = ListingIndex.INDEX.createRequest(name).build();
    Map<String, Property> properties = new LinkedHashMap<>(current.mappings().properties());
    properties.remove(MISSING_FIELD);
    client
        .indices()
        .create(
            c ->
                c.index(name)
                    .settings(current.settings())
                    .mappings(m -> m.dynamic(current.mappings().dynamic()).properties(properties)));
  }

  /** Writes {@code document} without {@link #MISSING_FIELD}, as the older version stored it. */
  public static void write(
      ElasticsearchClient client, String index, String id, ObjectNode document, long version)
      throws IOException {
    ObjectNode older = document.deepCopy();
    older.remove(MISSING_FIELD);
    client.index(
        i ->
            i.index(index)
                .id(id)
                .document(older)
                .version(version)
                .versionType(VersionType.External));
  }
}
