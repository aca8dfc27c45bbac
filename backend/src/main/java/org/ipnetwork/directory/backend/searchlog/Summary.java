package org.ipnetwork.directory.backend.searchlog;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public searched for on the days of a range.
 *
 * @param searches first pages of public searches
 * @param zeroResults of them, those that found nothing
 * @param relaxed of them, those that found fewer than three listings (a related answer was sought)
 * @param days per UTC day, oldest first, zero-filled
 * @param topQueries the most frequent query texts (folded: case and width do not count)
 * @param zeroResultQueries the most frequent texts among the searches that found nothing
 * @param relaxedQueries the most frequent texts among the searches that found fewer than three
 * @param countries the countries most often recognised in the query text
 * @param services the services most often recognised in the query text
 * @param partners searches per embedding partner; {@code partnerId} {@code null}: without a key
 * @param log the write-behind's counts since this backend started (dropped searches included)
 */
record Summary(
    LocalDate from,
    LocalDate to,
    long searches,
    long zeroResults,
    long relaxed,
    List<Day> days,
    List<QueryCount> topQueries,
    List<QueryCount> zeroResultQueries,
    List<QueryCount> relaxedQueries,
    List<TermCount> countries,
    List<TermCount> services,
    List<PartnerCount> partners,
    SearchLog.Stats log) {

  record Day(LocalDate date, long searches, long zeroResults, long relaxed) {}

  record QueryCount(String query, long count) {}

  record TermCount(String code, String label, long count) {}

  record PartnerCount(String partnerId, long count) {}
}
