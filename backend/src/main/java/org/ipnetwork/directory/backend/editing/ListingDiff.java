package org.ipnetwork.directory.backend.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The field-level changes between two versions of a listing, as a reviewer reads them: one entry
 * per leaf field (dotted path, as stored), lists compared as a whole ({@code services} went from
 * [a, b] to [a, c]). {@code status} and {@code updatedAt} are left out: every history entry and
 * every answer carries them as the action's from/to and time, and a draft's would always differ.
 */
public final class ListingDiff {

  /**
   * One changed field; {@code before} or {@code after} is {@code null} where it was or is unset.
   */
  public record FieldChange(String field, JsonNode before, JsonNode after) {}

  private static final ObjectMapper JSON = ElasticsearchClients.jsonMapper().objectMapper();

  private static final Set<String> BOOKKEEPING = Set.of("status", "updatedAt");

  private ListingDiff() {}

  /**
   * @param before the earlier version, or {@code null} for none (a new listing)
   * @param after the later version, or {@code null} for none
   */
  public static List<FieldChange> between(Listing before, Listing after) {
    Map<String, JsonNode> old = leaves(before);
    Map<String, JsonNode> now = leaves(after);
    Set<String> fields = new LinkedHashSet<>(now.keySet());
    fields.addAll(old.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      JsonNode a = old.get(field);
      JsonNode b = now.get(field);
      if (!BOOKKEEPING.contains(field) && !Objects.equals(a, b)) {
        changes.add(new FieldChange(field, a, b));
      }
    }
    return changes;
  }

  private static Map<String, JsonNode> leaves(Listing listing) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (listing != null) {
      collect("", JSON.valueToTree(listing), out);
    }
    return out;
  }

  /** Objects are walked into; values and lists are leaves; null and empty lists count as unset. */
  private static void collect(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (!node.isNull() && !(node.isArray() && node.isEmpty())) {
      out.put(prefix, node);
    }
  }
}
