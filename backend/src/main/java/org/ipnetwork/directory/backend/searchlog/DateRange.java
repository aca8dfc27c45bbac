package org.ipnetwork.directory.backend.searchlog;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.web.InvalidParameterException;

/**
 * The UTC days a dashboard answer covers, both included: {@code from} and {@code to} as {@code
 * yyyy-MM-dd}, by default the last 30 days up to today.
 */
record DateRange(LocalDate from, LocalDate to) {

  static final int DEFAULT_DAYS = 30;
  static final int MAX_DAYS = 366;

  /**
   * @throws InvalidParameterException naming {@code from} or {@code to}
   */
  static DateRange parse(String from, String to, Clock clock) {
    LocalDate end = date(to, "to", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    LocalDate start = date(from, "from", end.minusDays(DEFAULT_DAYS - 1));
    if (start.isAfter(end)) {
      throw new InvalidParameterException("from", "from must not be after to.");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new InvalidParameterException("from", "At most " + MAX_DAYS + " days at once.");
    }
    return new DateRange(start, end);
  }

  private static LocalDate date(String raw, String name, LocalDate fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name, name + " must be a date, yyyy-MM-dd.");
    }
  }

  /** Searches made on these days. */
  Query query() {
    return Query.of(
        q ->
            q.range(
                r ->
                    r.date(
                        d ->
                            d.field("at")
                                .gte(from.toString())
                                .lt(to.plusDays(1).toString())
                                .format("strict_date"))));
  }

  /** Every day of the range, oldest first. */
  List<LocalDate> days() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }
}
