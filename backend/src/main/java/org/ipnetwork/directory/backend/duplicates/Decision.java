package org.ipnetwork.directory.backend.duplicates;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A staff decision on two listings, stored in {@code duplicate-decisions}: {@code not_duplicate}
 * (under the id {@code pair:A|B}, so the pair is never proposed again) or {@code merged} (under
 * {@code merged:ID}, which the public listing route follows to the survivor).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Decision(
    String decision,
    List<String> listingIds,
    String survivorId,
    String mergedId,
    List<String> reasons,
    String by,
    Instant at) {

  static final String NOT_DUPLICATE = "not_duplicate";
  static final String MERGED = "merged";

  static String pairId(String a, String b) {
    return "pair:" + Candidate.key(a, b);
  }

  static String mergedId(String id) {
    return "merged:" + id;
  }
}
