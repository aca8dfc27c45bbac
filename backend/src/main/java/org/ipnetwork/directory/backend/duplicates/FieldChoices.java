package org.ipnetwork.directory.backend.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipnetwork.directory.backend.editing.ListingMerge;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException.FieldError;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The survivor's content after a merge: the survivor as it is, with each differing field the staff
 * chose {@code merged} for taken from the merged listing (set, or removed where it has none). A
 * field not named keeps the survivor's value.
 */
final class FieldChoices {

  /**
   * Fields that are not the firm's details but the listing's bookkeeping: the survivor keeps its
   * own, and they are not offered as a choice.
   */
  static final Set<String> KEPT = Set.of("id", "createdAt", "source");

  static final String SURVIVOR = "survivor";
  static final String MERGED = "merged";

  private static final ObjectMapper JSON = ElasticsearchClients.jsonMapper().objectMapper();

  private FieldChoices() {}

  /**
   * @param choices leaf path ({@code contacts.phone}) → {@code survivor} or {@code merged}
   * @throws InvalidFieldsException for a field that does not differ or a choice of neither value
   */
  static Listing apply(Listing survivor, Listing merged, Map<String, String> choices) {
    Set<String> differing =
        choosable(survivor, merged).stream()
            .map(ListingMerge.Difference::field)
            .collect(Collectors.toSet());
    List<FieldError> errors = new ArrayList<>();
    ObjectNode out = JSON.valueToTree(survivor);
    JsonNode from = JSON.valueToTree(merged);
    (choices == null ? Map.<String, String>of() : choices)
        .forEach(
            (field, choice) -> {
              if (!differing.contains(field)) {
                errors.add(new FieldError("choices." + field, "this field does not differ"));
              } else if (MERGED.equals(choice)) {
                copy(from, out, field);
              } else if (!SURVIVOR.equals(choice)) {
                errors.add(new FieldError("choices." + field, "choose survivor or merged"));
              }
            });
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return JSON.treeToValue(out, Listing.class);
  }

  /** The fields that differ and may be chosen ({@link #KEPT} left out). */
  static List<ListingMerge.Difference> choosable(Listing left, Listing right) {
    return ListingMerge.differences(left, right).stream()
        .filter(d -> !KEPT.contains(d.field()))
        .toList();
  }

  private static void copy(JsonNode from, ObjectNode to, String path) {
    String[] parts = path.split("\\.");
    JsonNode source = from;
    ObjectNode target = to;
    for (int i = 0; i < parts.length - 1; i++) {
      source = source == null ? null : source.get(parts[i]);
      JsonNode next = target.get(parts[i]);
      if (!(next instanceof ObjectNode)) {
        next = target.putObject(parts[i]);
      }
      target = (ObjectNode) next;
    }
    String leaf = parts[parts.length - 1];
    JsonNode value = source == null ? null : source.get(leaf);
    if (value == null || value.isNull()) {
      target.remove(leaf);
    } else {
      target.set(leaf, value.deepCopy());
    }
  }
}
