package org.ipnetwork.directory.backend.listing;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.ipnetwork.directory.backend.web.InvalidParameterException;

/**
 * The {@code ids} of a shortlist request: listing ids, comma-separated (or the parameter repeated),
 * in the visitor's order, each once. The page keeps the same list in its URL.
 */
record ShortlistIds(List<String> ids) {

  /** Most listings one request may name: the page's shortlist holds as many. */
  static final int MAX = 50;

  static ShortlistIds parse(List<String> raw) {
    if (raw == null || raw.isEmpty()) {
      throw new InvalidParameterException("ids", "ids is required: listing ids, comma-separated.");
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (String value : raw) {
      Arrays.stream(value.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(
              id -> {
                if (!ListingController.ID.matcher(id).matches()) {
                  throw new InvalidParameterException("ids", "Not a listing id: " + id + ".");
                }
                ids.add(id);
              });
    }
    if (ids.isEmpty()) {
      throw new InvalidParameterException("ids", "ids is required: listing ids, comma-separated.");
    }
    if (ids.size() > MAX) {
      throw new InvalidParameterException(
          "ids", "At most " + MAX + " listings at once; " + ids.size() + " were given.");
    }
    return new ShortlistIds(List.copyOf(ids));
  }
}
