package org.ipnetwork.directory.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The authorisation matrix of the workplace: every route × every kind of caller → the documented
 * status (docs/staff.md shows the same table). A new route of the workplace adds one {@link Route}
 * and one row to {@link #MATRIX}.
 *
 * <p>Changes (POST, PATCH, DELETE) are checked for the CSRF token before anything else, so a caller
 * without one (a partner's server, a page of another site) gets 403 there, not 401.
 */
class StaffAuthorizationIT extends StaffApi {

  /** Who calls: what they send besides the request itself. */
  enum Caller {
    ANONYMOUS,
    BAD_SESSION_COOKIE,
    EDITOR,
    SCOPED_EDITOR,
    REVIEWER,
    ADMIN,
    PARTNER_KEY_ONLY,
    ADMIN_WITHOUT_CSRF
  }

  /** A route of the workplace, with a request that would succeed for a caller allowed to. */
  record Route(HttpMethod method, String path, Function<StaffAuthorizationIT, Object> body) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final Route GET_SESSION = new Route(HttpMethod.GET, "/api/v1/admin/session", null);
  static final Route SIGN_IN =
      new Route(
          HttpMethod.POST,
          "/api/v1/admin/session",
          t -> Map.of("email", REVIEWER, "password", PASSWORD));
  static final Route SIGN_OUT = new Route(HttpMethod.DELETE, "/api/v1/admin/session", null);
  static final Route LIST_STAFF = new Route(HttpMethod.GET, "/api/v1/admin/staff", null);
  static final Route ADD_STAFF =
      new Route(
          HttpMethod.POST,
          "/api/v1/admin/staff",
          t ->
              Map.of(
                  "email",
                  "new-" + UUID.randomUUID() + "@ipnetwork.example",
                  "name",
                  "New editor",
                  "role",
                  "EDITOR",
                  "password",
                  PASSWORD));
  static final Route CHANGE_STAFF =
      new Route(
          HttpMethod.PATCH, "/api/v1/admin/staff/" + REVIEWER, t -> Map.of("name", "Reviewer"));
  static final Route WORKPLACE_PAGE = new Route(HttpMethod.GET, "/admin", null);
  static final Route SIGN_IN_PAGE = new Route(HttpMethod.GET, "/admin/sign-in", null);

  /**
   * Expected status per caller, in the order of {@link Caller}: anonymous, bad session cookie,
   * editor, scoped editor, reviewer, admin, partner key only, admin without CSRF token.
   */
  static final Map<Route, int[]> MATRIX =
      Map.of(
          GET_SESSION, new int[] {401, 401, 200, 200, 200, 200, 401, 200},
          SIGN_IN, new int[] {200, 200, 200, 200, 200, 200, 403, 403},
          SIGN_OUT, new int[] {401, 401, 204, 204, 204, 204, 403, 403},
          LIST_STAFF, new int[] {401, 401, 403, 403, 403, 200, 401, 200},
          ADD_STAFF, new int[] {401, 401, 403, 403, 403, 201, 403, 403},
          CHANGE_STAFF, new int[] {401, 401, 403, 403, 403, 200, 403, 403},
          WORKPLACE_PAGE, new int[] {302, 302, 200, 200, 200, 200, 302, 200},
          SIGN_IN_PAGE, new int[] {200, 200, 200, 200, 200, 200, 200, 200});

  static Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    MATRIX.forEach(
        (route, statuses) -> {
          for (Caller caller : Caller.values()) {
            cells.add(Arguments.of(route, caller, statuses[caller.ordinal()]));
          }
        });
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("matrix")
  void theCallerGetsTheDocumentedStatus(Route route, Caller caller, int expected) {
    WebTestClient.RequestBodySpec request = request(route, caller);
    if (route.body() != null) {
      request.contentType(MediaType.APPLICATION_JSON).bodyValue(route.body().apply(this));
    }
    EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
    assertThat(result.getStatus().value()).as(result.toString()).isEqualTo(expected);
    if (route.path().startsWith("/api/") && expected >= 400) {
      assertThat(result.getResponseHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    if (expected == 302) {
      assertThat(result.getResponseHeaders().getFirst(HttpHeaders.LOCATION))
          .isEqualTo("/admin/sign-in");
    }
  }

  private WebTestClient.RequestBodySpec request(Route route, Caller caller) {
    return switch (caller) {
      case ANONYMOUS -> request(route.method(), route.path(), anonymous(), true);
      case BAD_SESSION_COOKIE ->
          request(route.method(), route.path(), anonymous().withSession("no-such-session"), true);
      case EDITOR -> request(route.method(), route.path(), signIn(EDITOR), true);
      case SCOPED_EDITOR -> request(route.method(), route.path(), signIn(SCOPED_EDITOR), true);
      case REVIEWER -> request(route.method(), route.path(), signIn(REVIEWER), true);
      case ADMIN -> request(route.method(), route.path(), signIn(ADMIN), true);
      case PARTNER_KEY_ONLY ->
          request(route.method(), route.path(), null, false).header("X-Partner-Key", "pk_unknown");
      case ADMIN_WITHOUT_CSRF -> request(route.method(), route.path(), signIn(ADMIN), false);
    };
  }
}
