package org.ipnetwork.directory.backend.editing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.web.PreconditionRequiredException;

/**
 * A stored copy's version as an HTTP entity tag (a draft's, or a published listing's for a status
 * change): Elasticsearch's {@code _seq_no} and {@code _primary_term} of the stored copy, which a
 * write hands back as {@code if_seq_no} and {@code if_primary_term} so that it lands only on the
 * version the client read (optimistic concurrency control, <a
 * href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/optimistic-concurrency-control.html">docs</a>).
 * The term changes when a primary shard moves, so the pair, not the sequence number alone, names a
 * version.
 */
record DraftVersion(long seqNo, long primaryTerm) {

  private static final Pattern TAG = Pattern.compile("^(?:W/)?\"(\\d+)-(\\d+)\"$");

  /** {@code "12-1"}: sequence number, primary term. */
  String etag() {
    return "\"" + seqNo + "-" + primaryTerm + "\"";
  }

  /**
   * The version an {@code If-Match} header names.
   *
   * @return empty when the header names no version of ours (a stale or foreign tag: never equal)
   * @throws PreconditionRequiredException (428) when the header is missing
   */
  static Optional<DraftVersion> fromIfMatch(String header) {
    if (header == null || header.isBlank()) {
      throw new PreconditionRequiredException(
          "Changes need the If-Match header with the ETag of the version you read.");
    }
    Matcher m = TAG.matcher(header.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DraftVersion(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
