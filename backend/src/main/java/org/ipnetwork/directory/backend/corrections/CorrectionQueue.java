package org.ipnetwork.directory.backend.corrections;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.corrections.Correction.State;
import org.ipnetwork.directory.backend.corrections.CorrectionStore.Stored;
import org.ipnetwork.directory.backend.editing.CorrectionHistory;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.ForbiddenException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException.FieldError;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The staff's queue of correction reports: listed and read inside the member's scope (by the
 * listing's codes when it was reported), applied or dismissed once each, both recorded in the
 * listing's history. Handling a report also needs the listing as it is now to lie inside the scope
 * ({@link StaffAccess#requireInside}), when it still exists.
 *
 * <p>Blocking: called off the event loop.
 */
@Component
class CorrectionQueue {

  /** One page of the queue. */
  record Results(
      long total, int page, int size, Map<String, Long> counts, List<Correction.View> hits) {}

  static final int MAX_REASON = 1000;

  private final CorrectionStore store;
  private final CorrectionHistory history;
  private final Clock clock;

  CorrectionQueue(CorrectionStore store, CorrectionHistory history, Clock clock) {
    this.store = store;
    this.history = history;
    this.clock = clock;
  }

  Results list(StaffPrincipal staff, State state, int page, int size) throws IOException {
    CorrectionStore.Page found = store.list(staff.scope(), state, (page - 1) * size, size);
    return new Results(
        found.total(),
        page,
        size,
        found.counts(),
        found.hits().stream().map(s -> s.report().view(s.id())).toList());
  }

  Correction.View find(StaffPrincipal staff, String id) throws IOException {
    Stored stored = visible(staff, id);
    return stored.report().view(stored.id());
  }

  /** Dismisses an open report, with a reason (required). */
  Correction.View dismiss(StaffPrincipal staff, String id, String reason) throws IOException {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw new InvalidFieldsException(
          List.of(
              new FieldError(
                  "reason",
                  "Say why the report is dismissed (1 to " + MAX_REASON + " characters).")));
    }
    return handle(staff, id, State.DISMISSED, why);
  }

  /** Marks an open report applied: the listing was changed as it asked. */
  Correction.View applied(StaffPrincipal staff, String id) throws IOException {
    return handle(staff, id, State.APPLIED, null);
  }

  private Correction.View handle(StaffPrincipal staff, String id, State to, String reason)
      throws IOException {
    Stored stored = visible(staff, id);
    Correction report = stored.report();
    store.listing(report.listingId()).ifPresent(l -> StaffAccess.requireInside(staff, l));
    if (!State.OPEN.code().equals(report.state())) {
      throw new ConflictException(
          "state",
          "This report was "
              + report.state()
              + (report.handledBy() == null ? "" : " by " + report.handledBy())
              + " already.");
    }
    Instant now = clock.instant();
    Correction changed = report.handled(to, staff.email(), now, reason);
    if (!store.replace(stored, changed)) {
      throw new ConflictException("state", "Another member handled this report meanwhile.");
    }
    if (to == State.APPLIED) {
      history.applied(report.listingId(), staff.email(), now, report.description());
    } else {
      history.dismissed(report.listingId(), staff.email(), now, reason);
    }
    return changed.view(id);
  }

  /** The report, when it exists (404) and lies inside the member's scope (403). */
  private Stored visible(StaffPrincipal staff, String id) throws IOException {
    Stored stored =
        store.find(id).orElseThrow(() -> new NotFoundException("There is no report " + id + "."));
    if (!CorrectionStore.inside(staff.scope(), stored.report())) {
      throw new ForbiddenException("This report is outside the part of the directory you work on.");
    }
    return stored;
  }
}
