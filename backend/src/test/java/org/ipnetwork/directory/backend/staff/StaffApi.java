package org.ipnetwork.directory.backend.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ipnetwork.directory.backend.FixtureApi;
import org.ipnetwork.directory.staff.NewStaffAccount;
import org.ipnetwork.directory.staff.StaffAdmin;
import org.ipnetwork.directory.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the workplace's integration tests: the fixture application with a first admin from the
 * environment's settings (so start-up creates it), a clock the tests can move, client addresses
 * from {@code X-Forwarded-For} (so that tests of the address limit do not lock each other out), and
 * one account per role.
 */
@Import(StaffApi.ClockConfiguration.class)
public abstract class StaffApi extends FixtureApi {

  protected static final String ADMIN = "first.admin@ipnetwork.example";
  protected static final String EDITOR = "editor@ipnetwork.example";
  protected static final String SCOPED_EDITOR = "editor.de@ipnetwork.example";
  protected static final String REVIEWER = "reviewer@ipnetwork.example";
  protected static final String PASSWORD = "a staff password for tests";
  protected static final int FAILURES_PER_ACCOUNT = 3;
  protected static final int FAILURES_PER_ADDRESS = 6;

  @DynamicPropertySource
  static void staff(DynamicPropertyRegistry registry) {
    registry.add("directory.admin.email", () -> ADMIN.toUpperCase());
    registry.add("directory.admin.password", () -> PASSWORD);
    registry.add("directory.staff.failures-per-account", () -> FAILURES_PER_ACCOUNT);
    registry.add("directory.staff.failures-per-address", () -> FAILURES_PER_ADDRESS);
    registry.add("directory.rate-limit.trust-forwarded-for", () -> "true");
  }

  /** Replaces the application's clock. */
  @TestConfiguration
  static class ClockConfiguration {
    @Bean
    @Primary
    MovableClock testClock() {
      return new MovableClock();
    }
  }

  /** A clock that follows the real one, plus however far a test moved it. */
  public static final class MovableClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
      offset.updateAndGet(o -> o.plus(by));
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Autowired protected StaffAdmin admin;
  @Autowired protected MovableClock clock;

  @BeforeEach
  void accounts() {
    add(EDITOR, StaffRole.EDITOR, Map.of());
    add(SCOPED_EDITOR, StaffRole.EDITOR, Map.of("country", List.of("DE")));
    add(REVIEWER, StaffRole.REVIEWER, Map.of());
  }

  protected void add(String email, StaffRole role, Map<String, List<String>> scope) {
    if (admin.find(email).isEmpty()) {
      admin.add(new NewStaffAccount(email, "Staff " + email, role, scope, PASSWORD));
    }
  }

  /** What a browser holds for the workplace: the session cookie and the CSRF cookie. */
  protected record Cookies(String session, String xsrf) {
    public Cookies withSession(String id) {
      return new Cookies(id, xsrf);
    }
  }

  /** A browser's first visit: no session, a CSRF cookie from the answer. */
  protected Cookies anonymous() {
    EntityExchangeResult<byte[]> r =
        http().get().uri("/api/v1/admin/session").exchange().expectBody().returnResult();
    return new Cookies(null, cookie(r, "XSRF-TOKEN").getValue());
  }

  /** Signs in from {@code address}; returns the cookies after sign-in (or fails the test). */
  protected Cookies signIn(String email) {
    EntityExchangeResult<byte[]> r = signIn(anonymous(), email, PASSWORD, "192.0.2.1");
    if (r.getStatus().value() != 200) {
      throw new AssertionError("sign-in of " + email + ": " + r);
    }
    return new Cookies(cookie(r, "SESSION").getValue(), cookie(r, "XSRF-TOKEN").getValue());
  }

  protected EntityExchangeResult<byte[]> signIn(
      Cookies cookies, String email, String password, String address) {
    return request(HttpMethod.POST, "/api/v1/admin/session", cookies, true)
        .header("X-Forwarded-For", address)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("email", email, "password", password))
        .exchange()
        .expectBody()
        .returnResult();
  }

  /** A request with the cookies, and the CSRF header when {@code csrf}. */
  protected WebTestClient.RequestBodySpec request(
      HttpMethod method, String uri, Cookies cookies, boolean csrf) {
    WebTestClient.RequestBodySpec spec = http().method(method).uri(uri);
    if (cookies != null && cookies.session() != null) {
      spec.cookie("SESSION", cookies.session());
    }
    if (cookies != null && cookies.xsrf() != null) {
      spec.cookie("XSRF-TOKEN", cookies.xsrf());
      if (csrf) {
        spec.header("X-XSRF-TOKEN", cookies.xsrf());
      }
    }
    return spec;
  }

  protected static ResponseCookie cookie(EntityExchangeResult<?> result, String name) {
    ResponseCookie cookie = result.getResponseCookies().getFirst(name);
    if (cookie == null) {
      throw new AssertionError(
          "no " + name + " cookie in " + result.getResponseHeaders().get(HttpHeaders.SET_COOKIE));
    }
    return cookie;
  }
}
