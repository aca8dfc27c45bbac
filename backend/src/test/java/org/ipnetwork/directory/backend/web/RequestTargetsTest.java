package org.ipnetwork.directory.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/search",
        "/api/v1/search?q=%E5%BE%B7%E5%9B%BD%20%E5%95%86%E6%A0%87",
        "/api/v1/search?q=M%C3%BCller&country=DE,FR",
        "/assets/v/1a2b/js/main.js",
        "http://localhost:8080/api/v1/search?q=a"
      })
  void takes(String target) {
    assertThat(RequestTargets.wellFormed(target)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/search?q=%C3%28",
        "/api/v1/search?q=%FF",
        "/api/v1/search?q=%ED%A0%80",
        "/api/v1/search?q=%zz",
        "/api/v1/search?q=%4",
        "/api/v1/search?q=<script>",
        "/api/v1/search?q=a b",
        "/api/v1/search?q=\u00e9"
      })
  void refuses(String target) {
    assertThat(RequestTargets.wellFormed(target)).isFalse();
  }
}
