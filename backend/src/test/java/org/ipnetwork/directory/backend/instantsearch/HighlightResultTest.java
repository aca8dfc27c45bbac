package org.ipnetwork.directory.backend.instantsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search's HTML highlight → Algolia's {@code _highlightResult} with the client's tags. */
class HighlightResultTest {

  @Test
  void marksBecomeTheClientsTagsAndTheTextIsUnescaped() {
    HighlightResult r =
        HighlightResult.of("<mark>Müller</mark> &amp; Partner &lt;b&gt; &#x27;x&#39;", "[", "]");
    assertThat(r.value()).isEqualTo("[Müller] & Partner <b> 'x'");
    assertThat(r.matchLevel()).isEqualTo("partial");
    assertThat(r.matchedWords()).containsExactly("Müller");
    assertThat(r.fullyHighlighted()).isFalse();
  }

  @Test
  void aWhollyMarkedValueIsAFullMatch() {
    HighlightResult r = HighlightResult.of("<mark>汉堡</mark><mark>商标</mark>", "<em>", "</em>");
    assertThat(r.value()).isEqualTo("<em>汉堡</em><em>商标</em>");
    assertThat(r.matchLevel()).isEqualTo("full");
    assertThat(r.fullyHighlighted()).isTrue();
  }

  @Test
  void aValueWithoutMarksMatchedNothing() {
    assertThat(HighlightResult.of("Berlin &amp; Co", "[", "]"))
        .isEqualTo(new HighlightResult("Berlin & Co", "none", List.of(), false));
    assertThat(HighlightResult.plain(null).value()).isEmpty();
  }
}
