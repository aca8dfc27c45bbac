package org.ipnetwork.directory.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.web.ForbiddenException;
import org.ipnetwork.directory.facet.Facet;
import org.ipnetwork.directory.staff.StaffRole;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

/** The table of who may do what (docs/staff.md). */
class StaffAccessTest {

  private static StaffPrincipal member(StaffRole role) {
    return new StaffPrincipal("x@ipnetwork.example", "X", role, Scope.NONE);
  }

  @Test
  void eachRoleHasItsPermissions() {
    assertThat(StaffAccess.allows(StaffRole.EDITOR, StaffPermission.EDIT_LISTINGS)).isTrue();
    assertThat(StaffAccess.allows(StaffRole.EDITOR, StaffPermission.REVIEW_LISTINGS)).isFalse();
    assertThat(StaffAccess.allows(StaffRole.EDITOR, StaffPermission.MANAGE_STAFF)).isFalse();
    assertThat(StaffAccess.allows(StaffRole.REVIEWER, StaffPermission.REVIEW_LISTINGS)).isTrue();
    assertThat(StaffAccess.allows(StaffRole.REVIEWER, StaffPermission.EDIT_LISTINGS)).isFalse();
    assertThat(StaffAccess.allows(StaffRole.REVIEWER, StaffPermission.MANAGE_STAFF)).isFalse();
    assertThat(StaffAccess.allows(StaffRole.EDITOR, StaffPermission.MANAGE_PARTNERS)).isFalse();
    assertThat(StaffAccess.allows(StaffRole.REVIEWER, StaffPermission.MANAGE_PARTNERS)).isFalse();
    assertThat(StaffAccess.allows(StaffRole.REVIEWER, StaffPermission.READ_SEARCH_LOG)).isTrue();
    assertThat(StaffAccess.allows(StaffRole.EDITOR, StaffPermission.READ_SEARCH_LOG)).isFalse();
    assertThat(StaffAccess.allows(StaffRole.EDITOR, StaffPermission.UPLOAD_LISTINGS)).isTrue();
    assertThat(StaffAccess.allows(StaffRole.REVIEWER, StaffPermission.UPLOAD_LISTINGS)).isTrue();
    for (StaffPermission p : StaffPermission.values()) {
      assertThat(StaffAccess.allows(StaffRole.ADMIN, p)).as(p.name()).isTrue();
    }
    for (StaffRole r : StaffRole.values()) {
      assertThat(StaffAccess.allows(r, StaffPermission.SIGNED_IN)).as(r.name()).isTrue();
    }
  }

  @Test
  void aMissingPermissionIsA403NamingIt() {
    assertThatThrownBy(
            () -> StaffAccess.require(member(StaffRole.EDITOR), StaffPermission.MANAGE_STAFF))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("MANAGE_STAFF");
    assertThatCode(() -> StaffAccess.require(member(StaffRole.ADMIN), StaffPermission.MANAGE_STAFF))
        .doesNotThrowAnyException();
  }

  @Test
  void aScopedMembersScopeComesFromTheStoredForm() {
    Scope de = Scope.fromStored(Map.of("country", List.of("DE")), Taxonomies.bundled());
    StaffPrincipal scoped = new StaffPrincipal("d@ipnetwork.example", "D", StaffRole.EDITOR, de);
    assertThat(scoped.scope().inside(Facet.COUNTRY, "DE")).isTrue();
    assertThat(scoped.scope().inside(Facet.COUNTRY, "FR")).isFalse();
  }
}
