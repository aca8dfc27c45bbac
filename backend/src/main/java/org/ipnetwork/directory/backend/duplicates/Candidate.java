package org.ipnetwork.directory.backend.duplicates;

import java.util.List;
import org.ipnetwork.directory.listing.Contacts;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Location;
import org.ipnetwork.directory.listing.Names;

/**
 * Two published listings that may be one firm: why ({@code reasons}) and how sure ({@code score}, 0
 * to 1). {@code left} has the smaller id.
 */
record Candidate(Summary left, Summary right, List<Reason> reasons, double score) {

  /** The pair's stable key: both ids in order. */
  String key() {
    return Candidate.key(left.id(), right.id());
  }

  static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  /**
   * One reason: {@code website}, {@code email} or {@code phone} with the shared normalised value,
   * or {@code name} (the names match each other in the same city) with the city.
   */
  record Reason(String code, String value) {}

  /** What the list shows of each listing. */
  record Summary(String id, Names name, String country, String city, Contacts contacts) {

    static Summary of(Listing l) {
      Location loc = l.location();
      return new Summary(
          l.id(),
          l.name(),
          loc == null ? null : loc.country(),
          loc == null ? null : loc.city(),
          l.contacts());
    }
  }
}
