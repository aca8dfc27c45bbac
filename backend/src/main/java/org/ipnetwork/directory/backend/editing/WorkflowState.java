package org.ipnetwork.directory.backend.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What a draft carries besides the listing (the {@code workflow} object of the drafts index; the
 * published listings never hold it).
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WorkflowState(
    String author,
    String editedBy,
    Instant editedAt,
    Long baseVersion,
    String submittedBy,
    Instant submittedAt,
    String rejectedBy,
    String rejectionReason,
    String claimedBy) {

  static WorkflowState opened(String by, Instant at, Long baseVersion) {
    return new WorkflowState(by, by, at, baseVersion, null, null, null, null, null);
  }

  WorkflowState edited(String by, Instant at) {
    return new WorkflowState(
        author, by, at, baseVersion, submittedBy, submittedAt, rejectedBy, rejectionReason, null);
  }

  WorkflowState submitted(String by, Instant at) {
    return new WorkflowState(author, editedBy, editedAt, baseVersion, by, at, null, null, null);
  }

  WorkflowState rejected(String by, String reason) {
    return new WorkflowState(
        author, editedBy, editedAt, baseVersion, submittedBy, submittedAt, by, reason, null);
  }

  WorkflowState claimed(String by) {
    return new WorkflowState(
        author,
        editedBy,
        editedAt,
        baseVersion,
        submittedBy,
        submittedAt,
        rejectedBy,
        rejectionReason,
        by);
  }
}
