package org.ipnetwork.directory.backend.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import lombok.With;

/**
 * The {@code workflow} object of a stored copy: for a draft, its editors and review; for every copy
 * a staff action wrote (drafts and published listings alike), the history entry of that action.
 *
 * @param author who opened the draft
 * @param editedBy who saved it last
 * @param editedAt when it was saved last
 * @param baseVersion the version ({@code updatedAt} in epoch millis) of the published copy the
 *     draft was opened from; {@code null} for a new listing. Publishing compares it with the
 *     published copy's current version, so a change made meanwhile (an import) is not overwritten
 *     unknowingly.
 * @param rejectionReason why a reviewer sent it back, until it is submitted again
 * @param claimedBy the reviewer publishing it, set in the compare-and-set step that makes two
 *     publications of the same draft exclusive
 * @param history the entry of the action that wrote this copy, written in the same request as the
 *     change and copied to {@code listing-history} after it ({@link HistoryOutbox}): an action that
 *     landed always has its entry, whatever fails after the write
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@With
record WorkflowState(
    String author,
    String editedBy,
    Instant editedAt,
    Long baseVersion,
    String submittedBy,
    Instant submittedAt,
    String rejectedBy,
    String rejectionReason,
    String claimedBy,
    HistoryEntry history) {

  static WorkflowState opened(String by, Instant at, Long baseVersion) {
    return new WorkflowState(by, by, at, baseVersion, null, null, null, null, null, null);
  }

  /** The workflow of a published copy: only the entry of the action that wrote it. */
  static WorkflowState published(HistoryEntry entry) {
    return new WorkflowState(null, null, null, null, null, null, null, null, null, entry);
  }

  /** Saved again: a claim of an earlier publication attempt no longer holds. */
  WorkflowState edited(String by, Instant at) {
    return withEditedBy(by).withEditedAt(at).withClaimedBy(null);
  }

  /** Submitted for review: an earlier rejection is answered. */
  WorkflowState submitted(String by, Instant at) {
    return withSubmittedBy(by)
        .withSubmittedAt(at)
        .withRejectedBy(null)
        .withRejectionReason(null)
        .withClaimedBy(null);
  }

  WorkflowState rejected(String by, String reason) {
    return withRejectedBy(by).withRejectionReason(reason).withClaimedBy(null);
  }

  WorkflowState claimed(String by) {
    return withClaimedBy(by);
  }

  /** This workflow with the entry of the action about to write it. */
  WorkflowState recording(HistoryEntry entry) {
    return withHistory(entry);
  }
}
