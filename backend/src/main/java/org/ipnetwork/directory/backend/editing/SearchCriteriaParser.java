package org.ipnetwork.directory.backend.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.listing.Status;
import org.springframework.util.MultiValueMap;

/**
 * The staff search's parameters: each facet's as in the public search (repeated or
 * comma-separated), {@code status}, {@code editedBy=me}, {@code needsReview}, {@code q}, {@code
 * page}, {@code size}; a bad value is a 400 naming its parameter.
 */
final class SearchCriteriaParser {

  private SearchCriteriaParser() {}

  static EditingSearch.Criteria parse(MultiValueMap<String, String> params) {
    Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.all()) {
      List<String> codes = values(params, facet.parameter());
      if (!codes.isEmpty()) {
        facets.put(facet, codes);
      }
    }
    List<Status> statuses = new ArrayList<>();
    for (String code : values(params, "status")) {
      try {
        statuses.add(Status.fromCode(code));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("status", "unknown status '" + code + "'.");
      }
    }
    String editedBy = params.getFirst("editedBy");
    if (editedBy != null && !editedBy.equals("me")) {
      throw new InvalidParameterException("editedBy", "editedBy takes only 'me'.");
    }
    return new EditingSearch.Criteria(
        params.getFirst("q"),
        facets,
        statuses,
        editedBy != null,
        flag(params, "needsReview"),
        number(params, "page", 1),
        number(params, "size", 20));
  }

  private static List<String> values(MultiValueMap<String, String> params, String name) {
    List<String> out = new ArrayList<>();
    for (String value : params.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static boolean flag(MultiValueMap<String, String> params, String name) {
    String value = params.getFirst(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.isEmpty() || value.equals("true")) {
      return true;
    }
    throw new InvalidParameterException(name, name + " is true or false.");
  }

  private static int number(MultiValueMap<String, String> params, String name, int fallback) {
    String value = params.getFirst(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, name + " must be a number.");
    }
  }
}
