package org.ipnetwork.directory.backend.page;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.web.SecurityHeaders;
import org.ipnetwork.directory.taxonomy.Lang;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The frame's answer to a key it cannot use or a page whose origin the key does not allow: a short
 * HTML page naming the problem and what the webmaster can do, in both languages (the frame's
 * first). Any origin may frame it ({@code frame-ancestors *}): it shows nothing of the directory,
 * and a page that cannot be framed would only show the browser's broken-frame icon. The status
 * stays honest: 401 or 403.
 */
@Component
public class KeyProblemPage {

  /** The problem, with the code of the API's problem answers and the text of the string table. */
  public enum Problem {
    KEY_UNKNOWN("partner_key_unknown", "keyUnknown", HttpStatus.UNAUTHORIZED),
    PARTNER_DISABLED("partner_disabled", "keyDisabled", HttpStatus.FORBIDDEN),
    ORIGIN_NOT_ALLOWED("origin_not_allowed", "originNotAllowed", HttpStatus.FORBIDDEN);

    private final String code;
    private final String text;
    private final HttpStatus status;

    Problem(String code, String text, HttpStatus status) {
      this.code = code;
      this.text = text;
      this.status = status;
    }

    /** The {@code code} member of the problem answer. */
    public String code() {
      return code;
    }

    public HttpStatus status() {
      return status;
    }
  }

  private record Section(String lang, String title, String message) {}

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final Template template;
  private final UiStrings strings;

  public KeyProblemPage(Mustache.Compiler compiler, UiStrings strings) {
    this.template = compiler.loadTemplate("embed/key-problem");
    this.strings = strings;
  }

  /** The page's HTML; {@code origin} names the refused origin (or is {@code null}). */
  String html(Problem problem, boolean zhFirst, String origin) {
    List<Lang> langs = zhFirst ? List.of(Lang.ZH, Lang.EN) : List.of(Lang.EN, Lang.ZH);
    Map<String, String> args = Map.of("origin", origin == null ? "?" : origin);
    List<Section> sections =
        langs.stream()
            .map(
                l ->
                    new Section(
                        l == Lang.ZH ? "zh-CN" : "en",
                        strings.text(l, "keyProblemTitle"),
                        strings.text(l, problem.text, args)))
            .toList();
    return template.execute(
        Map.of(
            "htmlLang",
            zhFirst ? "zh-CN" : "en",
            "first",
            sections.get(0),
            "sections",
            sections,
            "code",
            problem.code));
  }

  /** Writes the page as the answer, framable by any origin. */
  public Mono<Void> write(ServerWebExchange exchange, Problem problem, String origin) {
    // As the frame: English when asked for, else Chinese.
    boolean zh = !"en".equals(exchange.getRequest().getQueryParams().getFirst("lang"));
    byte[] body = html(problem, zh, origin).getBytes(StandardCharsets.UTF_8);
    exchange.getAttributes().put(SecurityHeaders.FRAME_ANCESTORS, List.of("*"));
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(problem.status);
    response.getHeaders().setContentType(HTML);
    response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }
}
