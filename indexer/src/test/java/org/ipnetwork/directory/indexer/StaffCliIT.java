package org.ipnetwork.directory.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ipnetwork.directory.staff.Passwords;
import org.ipnetwork.directory.staff.StaffAccount;
import org.ipnetwork.directory.staff.StaffRole;
import org.ipnetwork.directory.staff.StaffStore;
import org.junit.jupiter.api.Test;

/** {@code indexer staff …} on the real node: the password from standard input, never printed. */
class StaffCliIT {

  private static final String PASSWORD = "twelve chars and more";

  /** Runs {@code staff args… --es-url URL} with {@code stdin} as standard input. */
  private static IndexerFixtures.Run staff(String stdin, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "staff";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--es-url";
    all[args.length + 2] = IndexerFixtures.url();
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return IndexerFixtures.run(all);
    } finally {
      System.setIn(before);
    }
  }

  private static StaffStore store() {
    return new StaffStore(IndexerFixtures.client());
  }

  @Test
  void addReadsThePasswordFromStandardInputAndStoresOnlyItsHash() {
    IndexerFixtures.Run add =
        staff(
            PASSWORD + "\n",
            "add",
            "--email",
            "Editor.DE@IPnetwork.example",
            "--name",
            "Editor Germany",
            "--role",
            "editor",
            "--scope",
            "country=DE");
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out()).contains("added editor.de@ipnetwork.example (EDITOR)");
    assertThat(add.out() + add.err()).doesNotContain(PASSWORD);

    StaffAccount stored = store().find("editor.de@ipnetwork.example").orElseThrow();
    assertThat(stored.role()).isEqualTo(StaffRole.EDITOR);
    assertThat(stored.scope()).containsKey("country");
    assertThat(new Passwords().matches(PASSWORD, stored.passwordHash())).isTrue();

    IndexerFixtures.Run list = staff("", "list");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out())
        .contains("editor.de@ipnetwork.example\tEditor Germany\tEDITOR\ttrue\t{country=[DE]}")
        .doesNotContain(stored.passwordHash());
  }

  @Test
  void disableSwitchesTheAccountOff() {
    assertThat(
            staff(
                    PASSWORD,
                    "add",
                    "--email",
                    "rev@ipnetwork.example",
                    "--name",
                    "R",
                    "--role",
                    "REVIEWER")
                .exitCode())
        .isZero();
    IndexerFixtures.Run disable = staff("", "disable", "REV@ipnetwork.example");
    assertThat(disable.exitCode()).as(disable.err()).isZero();
    assertThat(store().find("rev@ipnetwork.example").orElseThrow().enabled()).isFalse();
    assertThat(staff("", "list").out()).contains("rev@ipnetwork.example\tR\tREVIEWER\tfalse");
  }

  @Test
  void badInputIsRefusedWithAReasonAndNothingStored() {
    IndexerFixtures.Run shortPassword =
        staff(
            "too short\n",
            "add",
            "--email",
            "a@ipnetwork.example",
            "--name",
            "A",
            "--role",
            "ADMIN");
    assertThat(shortPassword.exitCode()).isEqualTo(1);
    assertThat(shortPassword.err())
        .contains("staff: the password must have at least 12 characters");
    assertThat(store().find("a@ipnetwork.example")).isEmpty();

    IndexerFixtures.Run noPassword =
        staff("", "add", "--email", "b@ipnetwork.example", "--name", "B", "--role", "EDITOR");
    assertThat(noPassword.exitCode()).isEqualTo(1);
    assertThat(noPassword.err()).contains("DIRECTORY_STAFF_PASSWORD");

    IndexerFixtures.Run badRole =
        staff(PASSWORD, "add", "--email", "c@ipnetwork.example", "--name", "C", "--role", "OWNER");
    assertThat(badRole.exitCode()).isEqualTo(2);
    assertThat(badRole.err()).contains("OWNER").contains("EDITOR, REVIEWER, ADMIN");

    IndexerFixtures.Run scopedAdmin =
        staff(
            PASSWORD,
            "add",
            "--email",
            "d@ipnetwork.example",
            "--name",
            "D",
            "--role",
            "ADMIN",
            "--scope",
            "country=DE");
    assertThat(scopedAdmin.exitCode()).isEqualTo(1);
    assertThat(scopedAdmin.err()).contains("no scope");

    IndexerFixtures.Run unknown = staff("", "disable", "nobody@ipnetwork.example");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("nobody@ipnetwork.example");
  }
}
