package org.ipnetwork.directory.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;

/**
 * Every text answer declares UTF-8: the widget's script, loaded by a classic {@code <script>} from
 * a partner page in GBK, is otherwise read as GBK and its Chinese garbled.
 */
class TextCharsetIT extends FixtureApi {

  @Test
  void textAnswersSayUtf8() throws Exception {
    for (String path :
        List.of(
            "/embed/v1/widget.js",
            "/assets/js/main.js",
            "/assets/css/app.css",
            "/assets/favicon.svg",
            "/assets/world-110m.json",
            "/assets/i18n/strings.json",
            "/",
            "/admin/sign-in",
            "/embed/v1/frame",
            "/api/v1/taxonomies",
            "/api/v1/nothing-here")) {
      RawHttp.Answer answer = RawHttp.exchange(serverPort(), "GET " + path + " HTTP/1.1", "");
      assertThat(answer.status()).as(path).isLessThan(500);
      assertThat(answer.header("Content-Type")).as(path).containsIgnoringCase("charset=utf-8");
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
  }
}
