package org.ipnetwork.directory.backend.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ipnetwork.directory.backend.editing.Workflow.Action;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.ForbiddenException;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.staff.StaffRole;
import org.junit.jupiter.api.Test;

/** Who may move a listing from which status to which (docs/staff.md, "Workflow"). */
class WorkflowTest {

  @Test
  void theHappyPathGoesFromNothingThroughReviewToPublished() {
    assertThat(Workflow.next(StaffRole.EDITOR, Action.CREATE, null)).isEqualTo(Status.DRAFT);
    assertThat(Workflow.next(StaffRole.EDITOR, Action.SAVE, Status.DRAFT)).isEqualTo(Status.DRAFT);
    assertThat(Workflow.next(StaffRole.EDITOR, Action.SUBMIT, Status.DRAFT))
        .isEqualTo(Status.IN_REVIEW);
    assertThat(Workflow.next(StaffRole.REVIEWER, Action.PUBLISH, Status.IN_REVIEW))
        .isEqualTo(Status.PUBLISHED);
  }

  @Test
  void aRejectionSendsTheDraftBackAndSuspensionIsUndone() {
    assertThat(Workflow.next(StaffRole.REVIEWER, Action.REJECT, Status.IN_REVIEW))
        .isEqualTo(Status.DRAFT);
    assertThat(Workflow.next(StaffRole.REVIEWER, Action.SUSPEND, Status.PUBLISHED))
        .isEqualTo(Status.SUSPENDED);
    assertThat(Workflow.next(StaffRole.REVIEWER, Action.REINSTATE, Status.SUSPENDED))
        .isEqualTo(Status.PUBLISHED);
    assertThat(Workflow.next(StaffRole.REVIEWER, Action.ARCHIVE, Status.SUSPENDED))
        .isEqualTo(Status.ARCHIVED);
    assertThat(Workflow.next(StaffRole.REVIEWER, Action.ARCHIVE, Status.PUBLISHED))
        .isEqualTo(Status.ARCHIVED);
  }

  @Test
  void editorsWorkOnDraftsAndReviewersDecide() {
    List<Action> editors = new ArrayList<>();
    List<Action> reviewers = new ArrayList<>();
    for (Action action : Action.values()) {
      Status from = action.from() == null ? null : action.from().iterator().next();
      if (Workflow.allows(StaffRole.EDITOR, action, from)) {
        editors.add(action);
      }
      if (Workflow.allows(StaffRole.REVIEWER, action, from)) {
        reviewers.add(action);
      }
      assertThat(Workflow.allows(StaffRole.ADMIN, action, from)).as(action.name()).isTrue();
    }
    assertThat(editors)
        .containsExactly(Action.CREATE, Action.RESTORE, Action.UPLOAD, Action.SAVE, Action.SUBMIT);
    // An upload opens drafts in review for both: a reviewer may then publish them.
    assertThat(reviewers)
        .containsExactly(
            Action.UPLOAD,
            Action.PUBLISH,
            Action.REJECT,
            Action.SUSPEND,
            Action.REINSTATE,
            Action.ARCHIVE,
            Action.MERGE);
  }

  @Test
  void aRoleWithoutThePermissionIsForbidden() {
    assertThatThrownBy(() -> Workflow.next(StaffRole.EDITOR, Action.PUBLISH, Status.IN_REVIEW))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("publish");
    assertThatThrownBy(() -> Workflow.next(StaffRole.REVIEWER, Action.SAVE, Status.DRAFT))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aStatusTheActionDoesNotStartFromIsAConflict() {
    assertThatThrownBy(() -> Workflow.next(StaffRole.ADMIN, Action.PUBLISH, Status.DRAFT))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("in_review");
    assertThatThrownBy(() -> Workflow.next(StaffRole.ADMIN, Action.SAVE, Status.IN_REVIEW))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> Workflow.next(StaffRole.ADMIN, Action.REINSTATE, Status.PUBLISHED))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> Workflow.next(StaffRole.ADMIN, Action.SUSPEND, Status.ARCHIVED))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> Workflow.next(StaffRole.ADMIN, Action.CREATE, Status.DRAFT))
        .as("one open draft per listing")
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("open draft");
    assertThatThrownBy(() -> Workflow.next(StaffRole.ADMIN, Action.SUBMIT, null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void nothingLeadsOutOfArchivedButAFreshDraft() {
    for (Action action : Action.values()) {
      if (action.from() != null) {
        assertThat(action.from()).as(action.name()).doesNotContain(Status.ARCHIVED);
      }
    }
  }
}
