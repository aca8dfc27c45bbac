package org.ipnetwork.directory.partner;

import java.time.Instant;
import java.time.LocalDate;
import org.ipnetwork.directory.index.ManagedIndex;

/**
 * One partner's traffic on one UTC day, in the {@code partner-usage} index under the document id
 * {@link #documentId}. The backend adds its counts to it periodically with optimistic concurrency
 * (the core distribution has no scripting), so several backends can share one day's document.
 *
 * @param partnerId the partner
 * @param date the UTC day
 * @param requests requests answered with the partner's key
 * @param rejected requests refused because the partner's rate limit was used up
 * @param updated last time a backend added to the counts
 */
public record PartnerUsage(
    String partnerId, LocalDate date, long requests, long rejected, Instant updated) {

  public static final ManagedIndex INDEX =
      new ManagedIndex("partner-usage", 1, "elasticsearch/partner-usage-index.json");

  public static String documentId(String partnerId, LocalDate date) {
    return partnerId + ":" + date;
  }

  /** These counts plus the given ones. */
  public PartnerUsage plus(long moreRequests, long moreRejected, Instant now) {
    return new PartnerUsage(partnerId, date, requests + moreRequests, rejected + moreRejected, now);
  }
}
