package org.ipnetwork.directory.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordsTest {

  private final Passwords passwords = new Passwords();

  @Test
  void twelveCharactersAreEnoughAndElevenAreNot() {
    assertThatCode(() -> Passwords.check("abcdefghijkl")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Passwords.check("abcdefghijk"))
        .isInstanceOfSatisfying(
            StaffInputException.class, e -> assertThat(e.field()).isEqualTo("password"))
        .hasMessageContaining("at least 12 characters");
  }

  @Test
  void chineseCharactersCountOneEach() {
    assertThatCode(() -> Passwords.check("知识产权保护服务网络目录表")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Passwords.check("知识产权保护服务网络")).hasMessageContaining("at least 12");
  }

  @Test
  void blankMissingAndOverlongPasswordsAreRefused() {
    assertThatThrownBy(() -> Passwords.check(null)).hasMessageContaining("required");
    assertThatThrownBy(() -> Passwords.check("               ")).hasMessageContaining("required");
    assertThatThrownBy(() -> Passwords.check("x".repeat(73))).hasMessageContaining("72 bytes");
    // 25 Chinese characters are 75 bytes in UTF-8: BCrypt would ignore the end.
    assertThatThrownBy(() -> Passwords.check("密".repeat(25))).hasMessageContaining("72 bytes");
  }

  @Test
  void theHashIsBcryptAndMatchesOnlyThePassword() {
    String hash = passwords.hash("correct horse battery");
    assertThat(hash).startsWith("$2a$10$").doesNotContain("correct horse");
    assertThat(passwords.matches("correct horse battery", hash)).isTrue();
    assertThat(passwords.matches("correct horse batterY", hash)).isFalse();
    assertThat(passwords.matches(null, hash)).isFalse();
    assertThat(passwords.matches("x".repeat(100), hash)).isFalse();
    assertThat(passwords.hash("correct horse battery")).isNotEqualTo(hash); // salted
  }

  @Test
  void aShortPasswordIsNeverHashed() {
    assertThatThrownBy(() -> passwords.hash("short")).isInstanceOf(StaffInputException.class);
  }
}
