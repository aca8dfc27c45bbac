package org.ipnetwork.directory.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.ipnetwork.directory.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** One test per security rule of the workplace's sessions (docs/staff.md). */
class StaffSessionIT extends StaffApi {

  private static final String PROBLEMS = "https://ip-directory.example/problems/";

  private int status(HttpMethod method, String uri, Cookies cookies) {
    return request(method, uri, cookies, true)
        .exchange()
        .expectBody()
        .returnResult()
        .getStatus()
        .value();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ipnetwork.example";
  }

  private static String address() {
    return "198.51.100." + (1 + (int) (Math.random() * 250));
  }

  @Test
  void theSessionIdChangesAtSignInAndTheOldOneIsWorthNothing() {
    Cookies first = signIn(EDITOR);
    EntityExchangeResult<byte[]> again = signIn(first, REVIEWER, PASSWORD, "192.0.2.1");
    assertThat(again.getStatus().value()).isEqualTo(200);
    String second = cookie(again, "SESSION").getValue();
    assertThat(second).isNotEqualTo(first.session());
    assertThat(status(HttpMethod.GET, "/api/v1/admin/session", first)).isEqualTo(401);
    request(HttpMethod.GET, "/api/v1/admin/session", first.withSession(second), true)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(REVIEWER);
  }

  @Test
  void theCookiesAreHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
    EntityExchangeResult<byte[]> r =
        request(HttpMethod.POST, "/api/v1/admin/session", anonymous(), true)
            // Not trusted without server.forward-headers-strategy: the request came over HTTP.
            .header("X-Forwarded-Proto", "https")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("email", EDITOR, "password", PASSWORD))
            .exchange()
            .expectBody()
            .returnResult();
    // The raw headers: the client's cookie parser does not read every attribute back.
    String session = setCookie(r, "SESSION");
    assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(session).doesNotContainIgnoringCase("Secure").doesNotContain("Max-Age");
    String xsrf = setCookie(r, "XSRF-TOKEN");
    assertThat(xsrf).as("the page's script reads it").doesNotContainIgnoringCase("HttpOnly");
    assertThat(xsrf).containsIgnoringCase("SameSite=Lax");
  }

  private static String setCookie(EntityExchangeResult<?> r, String name) {
    return r.getResponseHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(c -> c.startsWith(name + "="))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
  }

  @Test
  void aChangeWithoutTheCsrfTokenOrWithAnotherIsRefused() {
    Cookies admin = signIn(ADMIN);
    request(HttpMethod.PATCH, "/api/v1/admin/staff/" + REVIEWER, admin, false)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Changed"))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "csrf-rejected");
    request(HttpMethod.PATCH, "/api/v1/admin/staff/" + REVIEWER, admin, false)
        .header("X-XSRF-TOKEN", "a-token-from-elsewhere")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Changed"))
        .exchange()
        .expectStatus()
        .isForbidden();
    // Signing in needs it too (login CSRF).
    signIn(new Cookies(null, null), EDITOR, PASSWORD, address());
    assertThat(signIn(new Cookies(null, null), EDITOR, PASSWORD, address()).getStatus().value())
        .isEqualTo(403);
  }

  @Test
  void anAccountIsLockedAfterRepeatedFailuresWhetherItExistsOrNot() {
    String email = unique("locked");
    add(email, StaffRole.EDITOR, Map.of());
    String nobody = unique("nobody");
    for (String who : new String[] {email, nobody}) {
      for (int i = 0; i < FAILURES_PER_ACCOUNT; i++) {
        EntityExchangeResult<byte[]> wrong = signIn(anonymous(), who, "wrong password!", address());
        assertThat(wrong.getStatus().value()).isEqualTo(401);
        assertThat(new String(wrong.getResponseBody())).contains(SignIn.REFUSED);
      }
      EntityExchangeResult<byte[]> locked = signIn(anonymous(), who, PASSWORD, address());
      assertThat(locked.getStatus().value()).isEqualTo(429);
      assertThat(locked.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
      assertThat(new String(locked.getResponseBody())).contains(PROBLEMS + "rate-limited");
    }
  }

  @Test
  void oneAddressGetsALimitedNumberOfFailuresAcrossAccounts() {
    String from = "203.0.113.77";
    for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
      assertThat(signIn(anonymous(), unique("guess"), "wrong password!", from).getStatus().value())
          .isEqualTo(401);
    }
    assertThat(signIn(anonymous(), EDITOR, PASSWORD, from).getStatus().value()).isEqualTo(429);
    assertThat(signIn(anonymous(), EDITOR, PASSWORD, "203.0.113.78").getStatus().value())
        .isEqualTo(200);
  }

  @Test
  void aDisabledAccountIsRefusedLikeAWrongPassword() {
    String email = unique("disabled");
    add(email, StaffRole.EDITOR, Map.of());
    Cookies before = signIn(email);
    admin.setEnabled(email, false);
    assertThat(status(HttpMethod.GET, "/api/v1/admin/session", before)).isEqualTo(401);
    EntityExchangeResult<byte[]> refused = signIn(anonymous(), email, PASSWORD, address());
    EntityExchangeResult<byte[]> unknown =
        signIn(anonymous(), unique("unknown"), PASSWORD, address());
    assertThat(refused.getStatus().value()).isEqualTo(401);
    assertThat(new String(refused.getResponseBody()))
        .isEqualTo(new String(unknown.getResponseBody()));
  }

  @Test
  void aPasswordResetEndsTheSessionsSignedInBefore() {
    String email = unique("reset");
    add(email, StaffRole.REVIEWER, Map.of());
    Cookies before = signIn(email);
    request(HttpMethod.PATCH, "/api/v1/admin/staff/" + email, signIn(ADMIN), true)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("password", "another staff password"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.passwordHash")
        .doesNotExist();
    assertThat(status(HttpMethod.GET, "/api/v1/admin/session", before)).isEqualTo(401);
    assertThat(signIn(anonymous(), email, "another staff password", address()).getStatus().value())
        .isEqualTo(200);
  }

  @Test
  void signingOutEndsTheSession() {
    Cookies editor = signIn(EDITOR);
    assertThat(status(HttpMethod.DELETE, "/api/v1/admin/session", editor)).isEqualTo(204);
    assertThat(status(HttpMethod.GET, "/api/v1/admin/session", editor)).isEqualTo(401);
  }

  @Test
  void aSessionEndsAtTheAbsoluteTimeoutHoweverBusy() {
    Cookies editor = signIn(EDITOR);
    clock.advance(Duration.ofHours(11).plusMinutes(59));
    assertThat(status(HttpMethod.GET, "/api/v1/admin/session", editor)).isEqualTo(200);
    clock.advance(Duration.ofMinutes(1));
    assertThat(status(HttpMethod.GET, "/api/v1/admin/session", editor)).isEqualTo(401);
  }

  @Test
  void theSessionTellsWhoIsSignedInWithScopeAndCsrfToken() {
    Cookies scoped = signIn(SCOPED_EDITOR);
    request(HttpMethod.GET, "/api/v1/admin/session", scoped, true)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(SCOPED_EDITOR)
        .jsonPath("$.role")
        .isEqualTo("EDITOR")
        .jsonPath("$.scope.country[0]")
        .isEqualTo("DE")
        .jsonPath("$.csrf.headerName")
        .isEqualTo("X-XSRF-TOKEN")
        .jsonPath("$.csrf.token")
        .isEqualTo(scoped.xsrf());
  }

  @Test
  void badAccountInputNamesTheFieldAndADuplicateIsAConflict() {
    Cookies admin = signIn(ADMIN);
    request(HttpMethod.POST, "/api/v1/admin/staff", admin, true)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of("email", unique("short"), "name", "S", "role", "EDITOR", "password", "short"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.parameter")
        .isEqualTo("password");
    request(HttpMethod.POST, "/api/v1/admin/staff", admin, true)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("email", EDITOR, "name", "E", "role", "EDITOR", "password", PASSWORD))
        .exchange()
        .expectStatus()
        .isEqualTo(409);
  }

  @Test
  void anAdminCannotDisableTheirOwnAccount() {
    Cookies own = signIn(ADMIN);
    request(HttpMethod.PATCH, "/api/v1/admin/staff/" + ADMIN.toUpperCase(), own, true)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("enabled", false))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.parameter")
        .isEqualTo("enabled")
        .jsonPath("$.detail")
        .isEqualTo("You cannot disable your own account; another admin can disable it.");
    assertThat(admin.find(ADMIN).orElseThrow().enabled()).isTrue();
    request(HttpMethod.GET, "/api/v1/admin/session", own, false).exchange().expectStatus().isOk();
  }

  @Test
  void thePublicApiSetsNoCookieAndIgnoresAStaffSession() {
    Cookies admin = signIn(ADMIN);
    EntityExchangeResult<byte[]> r =
        request(HttpMethod.GET, "/api/v1/search?country=DE", admin, false)
            .exchange()
            .expectBody()
            .returnResult();
    assertThat(r.getStatus().value()).isEqualTo(200);
    assertThat(r.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    http()
        .get()
        .uri("/api/v1/search")
        .exchange()
        .expectHeader()
        .doesNotExist(HttpHeaders.SET_COOKIE);
  }
}
