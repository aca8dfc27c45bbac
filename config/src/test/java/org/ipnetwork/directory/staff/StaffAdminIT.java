package org.ipnetwork.directory.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** Staff accounts against the index definition on a real node. */
class StaffAdminIT {

  private static final String PASSWORD = "a long enough password";

  private final StaffStore store = new StaffStore(TestElasticsearch.clients().client());
  private final StaffAdmin admin =
      new StaffAdmin(store, new Passwords(), Taxonomies.bundled(), Clock.systemUTC());

  StaffAdminIT() {
    admin.ensureIndex();
  }

  private StaffAccount add(String email, StaffRole role, Map<String, List<String>> scope) {
    return admin.add(new NewStaffAccount(email, "Staff " + email, role, scope, PASSWORD));
  }

  @Test
  void anAccountIsStoredUnderItsLowerCaseEmailWithAHash() {
    add("  Editor.DE@IPnetwork.example ", StaffRole.EDITOR, Map.of("country", List.of("DE")));
    StaffAccount stored = admin.get("editor.de@ipnetwork.example");
    assertThat(stored.email()).isEqualTo("editor.de@ipnetwork.example");
    assertThat(stored.role()).isEqualTo(StaffRole.EDITOR);
    assertThat(stored.scope()).containsExactly(Map.entry("country", List.of("DE")));
    assertThat(stored.enabled()).isTrue();
    assertThat(stored.passwordHash()).doesNotContain(PASSWORD);
    assertThat(new Passwords().matches(PASSWORD, stored.passwordHash())).isTrue();
    assertThat(admin.find("EDITOR.de@ipnetwork.example")).contains(stored);
    assertThat(admin.list()).extracting(StaffAccount::email).contains(stored.email());
    assertThatThrownBy(() -> add("editor.de@ipnetwork.example", StaffRole.EDITOR, Map.of()))
        .isInstanceOf(DuplicateAccountException.class)
        .hasMessageContaining("exists");
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(() -> add("not-an-email", StaffRole.EDITOR, Map.of()))
        .isInstanceOfSatisfying(
            StaffInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    assertThatThrownBy(
            () -> add("x@ipnetwork.example", StaffRole.EDITOR, Map.of("country", List.of("XX"))))
        .isInstanceOfSatisfying(
            StaffInputException.class, e -> assertThat(e.field()).isEqualTo("scope"))
        .hasMessageContaining("XX");
    assertThatThrownBy(
            () -> add("y@ipnetwork.example", StaffRole.ADMIN, Map.of("country", List.of("DE"))))
        .hasMessageContaining("admin")
        .hasMessageContaining("no scope");
    assertThatThrownBy(
            () ->
                admin.add(
                    new NewStaffAccount(
                        "z@ipnetwork.example", "Z", StaffRole.EDITOR, null, "short")))
        .hasMessageContaining("at least 12");
    assertThat(admin.find("z@ipnetwork.example")).isEmpty();
    assertThatThrownBy(() -> admin.get("nobody@ipnetwork.example"))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aPasswordResetReplacesTheHashAndMovesPasswordChanged() throws InterruptedException {
    StaffAccount before = add("reset@ipnetwork.example", StaffRole.REVIEWER, Map.of());
    Thread.sleep(5);
    StaffAccount after =
        admin.update(
            "reset@ipnetwork.example",
            new StaffChanges(null, null, null, null, "another long password"));
    assertThat(new Passwords().matches("another long password", after.passwordHash())).isTrue();
    assertThat(new Passwords().matches(PASSWORD, after.passwordHash())).isFalse();
    assertThat(after.passwordChanged()).isAfter(before.passwordChanged());
    assertThat(admin.setEnabled("reset@ipnetwork.example", false).enabled()).isFalse();
  }

  @Test
  void theLastEnabledAdminStays() {
    for (StaffAccount a : admin.list()) {
      if (a.role() == StaffRole.ADMIN && a.enabled()) {
        store.save(a.withEnabled(false));
      }
    }
    add("only-admin@ipnetwork.example", StaffRole.ADMIN, Map.of());
    assertThat(admin.hasAdmin()).isTrue();
    assertThatThrownBy(() -> admin.setEnabled("only-admin@ipnetwork.example", false))
        .hasMessageContaining("last enabled admin");
    assertThatThrownBy(
            () ->
                admin.update(
                    "only-admin@ipnetwork.example",
                    new StaffChanges(null, StaffRole.EDITOR, null, null, null)))
        .hasMessageContaining("last enabled admin");
    add("second-admin@ipnetwork.example", StaffRole.ADMIN, Map.of());
    assertThat(admin.setEnabled("only-admin@ipnetwork.example", false).enabled()).isFalse();
  }
}
