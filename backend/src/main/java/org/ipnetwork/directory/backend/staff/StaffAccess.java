package org.ipnetwork.directory.backend.staff;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.web.ForbiddenException;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.staff.StaffRole;

/**
 * The one table of who may do what in the workplace. Endpoints declare the permission they need
 * ({@link Needs}); the scope of a scoped member is checked per listing with {@link #requireInside}.
 * docs/staff.md shows the same table.
 */
public final class StaffAccess {

  private static final Map<StaffRole, Set<StaffPermission>> GRANTS =
      Map.of(
          StaffRole.EDITOR,
          EnumSet.of(
              StaffPermission.SIGNED_IN,
              StaffPermission.READ_LISTINGS,
              StaffPermission.EDIT_LISTINGS,
              StaffPermission.UPLOAD_LISTINGS),
          StaffRole.REVIEWER,
          EnumSet.of(
              StaffPermission.SIGNED_IN,
              StaffPermission.READ_LISTINGS,
              StaffPermission.REVIEW_LISTINGS,
              StaffPermission.UPLOAD_LISTINGS,
              StaffPermission.READ_SEARCH_LOG),
          StaffRole.ADMIN,
          EnumSet.allOf(StaffPermission.class));

  private StaffAccess() {}

  public static boolean allows(StaffRole role, StaffPermission permission) {
    return GRANTS.get(role).contains(permission);
  }

  /**
   * @throws ForbiddenException (403) when the member's role lacks the permission
   */
  public static void require(StaffPrincipal staff, StaffPermission permission) {
    if (!allows(staff.role(), permission)) {
      throw new ForbiddenException(
          "Your role (" + staff.role() + ") may not do this; it needs " + permission + ".");
    }
  }

  /**
   * @throws ForbiddenException (403) when the listing lies outside the member's scope
   */
  public static void requireInside(StaffPrincipal staff, Listing listing) {
    if (!staff.scope().admits(listing)) {
      throw new ForbiddenException(
          "This listing is outside the part of the directory you work on.");
    }
  }
}
