package org.ipnetwork.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class EmbedSnippetsTest {

  private final String key = PartnerKeys.generate(new SecureRandom());

  @Test
  void scriptAndIframeCarryHostKeyAndLanguage() {
    EmbedSnippets s = EmbedSnippets.of("directory.example.org", key, "zh");
    assertThat(s.script())
        .isEqualTo(
            "<script src=\"https://directory.example.org/embed/v1/widget.js\" data-key=\""
                + key
                + "\" data-lang=\"zh\"></script>");
    assertThat(s.iframe())
        .startsWith(
            "<iframe src=\"https://directory.example.org/embed/v1/frame?key="
                + key
                + "&amp;lang=zh\"")
        .endsWith("></iframe>");
  }

  @Test
  void nothingThatCouldBreakOutOfTheHtmlIsAccepted() {
    assertThatThrownBy(() -> EmbedSnippets.of("evil\"><script>", key, "en"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmbedSnippets.of("https://x.org", key, "en"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmbedSnippets.of("x.org", "\"><b>", "en"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmbedSnippets.of("x.org", key, "fr"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBaseUrlMayBePlainHttpWithAPort() {
    EmbedSnippets s = EmbedSnippets.of(BaseUrl.parse("http://localhost:8080/"), key, "en");
    assertThat(s.script())
        .isEqualTo(
            "<script src=\"http://localhost:8080/embed/v1/widget.js\" data-key=\""
                + key
                + "\" data-lang=\"en\"></script>");
    assertThat(s.iframe())
        .startsWith(
            "<iframe src=\"http://localhost:8080/embed/v1/frame?key=" + key + "&amp;lang=en\"")
        .contains("title=\"IP service network\"");
  }

  @Test
  void attributeValuesAreEscaped() {
    assertThat(EmbedSnippets.escape("a&b<c>\"d'")).isEqualTo("a&amp;b&lt;c&gt;&quot;d&#39;");
  }
}
