package org.ipnetwork.directory.backend.editing;

import java.io.IOException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What became of a visitor's correction report, in the listing's history: {@code
 * correction_applied} (the report's text as the reason; the change itself is the draft's own entry)
 * or {@code correction_dismissed} (with the staff member's reason).
 *
 * <p>Blocking: called off the event loop.
 */
@Component
public class CorrectionHistory {

  static final String APPLIED = "correction_applied";
  static final String DISMISSED = "correction_dismissed";

  private final HistoryStore history;

  CorrectionHistory(HistoryStore history) {
    this.history = history;
  }

  public void applied(String listingId, String by, Instant at, String report) throws IOException {
    history.note(listingId, by, at, APPLIED, report);
  }

  public void dismissed(String listingId, String by, Instant at, String reason) throws IOException {
    history.note(listingId, by, at, DISMISSED, reason);
  }
}
