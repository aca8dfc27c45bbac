package org.ipnetwork.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

  @ParameterizedTest
  @CsvSource({
    "https://directory.example,https://directory.example",
    "HTTPS://Directory.Example:443/,https://directory.example",
    "http://localhost:8080,http://localhost:8080",
    "http://127.0.0.1:80,http://127.0.0.1",
    "https://[::1]:8443,https://[::1]:8443",
    "  https://dir.example  ,https://dir.example"
  })
  void aSchemeAHostAndAPortAreNormalised(String text, String expected) {
    assertThat(BaseUrl.parse(text).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "directory.example",
        "ftp://directory.example",
        "javascript:alert(1)",
        "https://",
        "https://user@directory.example",
        "https://directory.example/path",
        "https://directory.example?x=1",
        "https://directory.example#top",
        "https://directory.example:0",
        "https://directory.example:70000",
        "https://dir\"ectory.example",
        "https://<b>.example",
        "https://dir_ectory.example"
      })
  void anythingElseIsRefused(String text) {
    assertThatThrownBy(() -> BaseUrl.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://x.org", "x.org/path", "evil\"><script>"})
  void aHostIsOnlyAHost(String host) {
    assertThatThrownBy(() -> BaseUrl.https(host)).isInstanceOf(IllegalArgumentException.class);
  }
}
