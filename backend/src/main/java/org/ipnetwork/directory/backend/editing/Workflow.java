package org.ipnetwork.directory.backend.editing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.ForbiddenException;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.staff.StaffRole;

/**
 * The one place that says who may move a listing from which status to which. Editors work on drafts
 * (create, save, submit for review); reviewers decide (publish, reject with a reason, suspend,
 * reinstate, archive); admins may do both ({@link StaffAccess} grants the permissions).
 *
 * <p>Drafts and in-review copies live in the drafts index, the other statuses are the published
 * copy's: {@link Action#from} is the status of the copy the action works on, {@code null} for
 * "there is no open draft".
 */
final class Workflow {

  /** What a staff member does to a listing; the code is what the history records. */
  enum Action {
    /** Opens a draft: of a new listing, or of a published one to change it. */
    CREATE(StaffPermission.EDIT_LISTINGS, null, Status.DRAFT),
    /** Opens a draft from a version in the history. */
    RESTORE(StaffPermission.EDIT_LISTINGS, null, Status.DRAFT),
    /**
     * Opens a draft straight in review from a staff upload ({@code /api/v1/admin/uploads}): the
     * file was checked as a whole, so the reviewers see its rows at once.
     */
    UPLOAD(StaffPermission.UPLOAD_LISTINGS, null, Status.IN_REVIEW),
    SAVE(StaffPermission.EDIT_LISTINGS, EnumSet.of(Status.DRAFT), Status.DRAFT),
    SUBMIT(StaffPermission.EDIT_LISTINGS, EnumSet.of(Status.DRAFT), Status.IN_REVIEW),
    PUBLISH(StaffPermission.REVIEW_LISTINGS, EnumSet.of(Status.IN_REVIEW), Status.PUBLISHED),
    /** Back to the editor, with a reason. */
    REJECT(StaffPermission.REVIEW_LISTINGS, EnumSet.of(Status.IN_REVIEW), Status.DRAFT),
    SUSPEND(StaffPermission.REVIEW_LISTINGS, EnumSet.of(Status.PUBLISHED), Status.SUSPENDED),
    REINSTATE(StaffPermission.REVIEW_LISTINGS, EnumSet.of(Status.SUSPENDED), Status.PUBLISHED),
    ARCHIVE(
        StaffPermission.REVIEW_LISTINGS,
        EnumSet.of(Status.PUBLISHED, Status.SUSPENDED),
        Status.ARCHIVED),
    /** Takes chosen values of a duplicate into the published listing that survives it. */
    MERGE(StaffPermission.REVIEW_LISTINGS, EnumSet.of(Status.PUBLISHED), Status.PUBLISHED);

    private final StaffPermission permission;
    private final Set<Status> from;
    private final Status to;

    Action(StaffPermission permission, Set<Status> from, Status to) {
      this.permission = permission;
      this.from = from;
      this.to = to;
    }

    /** The permission a member needs for this action. */
    StaffPermission permission() {
      return permission;
    }

    /** The statuses the action starts from; {@code null}: it needs no open draft. */
    Set<Status> from() {
      return from;
    }

    Status to() {
      return to;
    }

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private Workflow() {}

  /** Whether a member of {@code role} may do {@code action} on a copy in status {@code from}. */
  static boolean allows(StaffRole role, Action action, Status from) {
    return StaffAccess.allows(role, action.permission()) && startsFrom(action, from);
  }

  /**
   * The status after {@code action}.
   *
   * @param from status of the copy acted on; {@code null} when there is none (no open draft)
   * @throws ForbiddenException (403) when the role may not do the action at all
   * @throws ConflictException (409) when the copy is not in a status the action starts from
   */
  static Status next(StaffRole role, Action action, Status from) {
    if (!StaffAccess.allows(role, action.permission())) {
      throw new ForbiddenException(
          "Your role (" + role + ") may not " + action.code() + " listings.");
    }
    if (!startsFrom(action, from)) {
      throw new ConflictException(
          "status",
          action.from() == null
              ? "This listing has an open draft already; work on it, or have it published or"
                  + " rejected first."
              : "A listing cannot be "
                  + past(action)
                  + " while it is "
                  + (from == null ? "not there" : from.code())
                  + "; it must be "
                  + String.join(" or ", action.from().stream().map(Status::code).toList())
                  + ".");
    }
    return action.to();
  }

  private static boolean startsFrom(Action action, Status from) {
    return action.from() == null ? from == null : from != null && action.from().contains(from);
  }

  private static String past(Action action) {
    return switch (action) {
      case SAVE -> "saved";
      case SUBMIT -> "submitted";
      case PUBLISH -> "published";
      case REJECT -> "rejected";
      case SUSPEND -> "suspended";
      case REINSTATE -> "reinstated";
      case ARCHIVE -> "archived";
      case MERGE -> "merged";
      case CREATE, RESTORE -> "opened as a draft";
      case UPLOAD -> "uploaded for review";
    };
  }
}
