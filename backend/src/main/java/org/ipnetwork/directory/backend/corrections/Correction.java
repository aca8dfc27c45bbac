package org.ipnetwork.directory.backend.corrections;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipnetwork.directory.listing.Names;

/**
 * A visitor's report that a listing is wrong, as the {@code corrections} index stores it (the
 * document id is the report's id). The listing's name, country and facet codes are copied at report
 * time: the queue shows them without a second read, and a scoped staff member's queue is filtered
 * by them.
 *
 * @param listing the listing as it was when reported
 * @param field what the report concerns ({@link Field})
 * @param description what is wrong, in the visitor's words
 * @param suggestedValue the right value, when the visitor gave one
 * @param email the visitor's address for questions, when given
 * @param lang the language the visitor used the page in
 * @param state {@link State}
 * @param handledBy the staff member who applied or dismissed it
 * @param dismissalReason why it was dismissed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Correction(
    String listingId,
    ReportedListing listing,
    String field,
    String description,
    String suggestedValue,
    String email,
    String lang,
    Instant received,
    String state,
    String handledBy,
    Instant handledAt,
    String dismissalReason) {

  /**
   * @param facets the listing's codes per facet parameter ({@code country}, {@code industry}, …)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReportedListing(Names name, String country, Map<String, List<String>> facets) {}

  /** The constant whose code (its name in lower case) is {@code code}. */
  private static <E extends Enum<E>> Optional<E> byCode(E[] values, String code) {
    return Arrays.stream(values)
        .filter(e -> e.name().toLowerCase(Locale.ROOT).equals(code))
        .findFirst();
  }

  /** What a report concerns; the code is what the API and the index use. */
  enum Field {
    NAME,
    ADDRESS,
    PHONE,
    EMAIL,
    WEBSITE,
    SERVICES,
    CLOSED_OR_MOVED,
    OTHER;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Field> of(String code) {
      return byCode(values(), code);
    }

    static List<String> codes() {
      return Arrays.stream(values()).map(Field::code).toList();
    }
  }

  /** Where a report stands: open in the queue, applied to the listing, or dismissed. */
  enum State {
    OPEN,
    APPLIED,
    DISMISSED;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<State> of(String code) {
      return byCode(values(), code);
    }
  }

  /** The report after a staff member handled it. */
  Correction handled(State to, String by, Instant at, String reason) {
    return new Correction(
        listingId,
        listing,
        field,
        description,
        suggestedValue,
        email,
        lang,
        received,
        to.code(),
        by,
        at,
        reason);
  }

  /** The report as the staff API answers it: with its id, without the facet codes. */
  View view(String id) {
    return new View(
        id,
        listingId,
        listing == null ? null : new View.Listing(listing.name(), listing.country()),
        field,
        description,
        suggestedValue,
        email,
        lang,
        received,
        state,
        handledBy,
        handledAt,
        dismissalReason);
  }

  /** A report in the staff API. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record View(
      String id,
      String listingId,
      Listing listing,
      String field,
      String description,
      String suggestedValue,
      String email,
      String lang,
      Instant received,
      String state,
      String handledBy,
      Instant handledAt,
      String dismissalReason) {

    /** The listing's name and country when it was reported. */
    record Listing(Names name, String country) {}
  }
}
