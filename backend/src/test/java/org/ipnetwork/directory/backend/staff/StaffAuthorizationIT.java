package org.ipnetwork.directory.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.ipnetwork.directory.partner.NewPartner;
import org.ipnetwork.directory.partner.PartnerAdmin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
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
class StaffAuthorizationIT extends EditingApi {

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

  /**
   * A route of the workplace, with a request that would succeed for a caller allowed to.
   *
   * @param target prepares what the request works on (a listing in the state the route needs),
   *     returning the path to call and the {@code If-Match} to send; {@code null}: {@code path}
   */
  record Route(
      HttpMethod method,
      String path,
      Function<StaffAuthorizationIT, Object> body,
      Function<StaffAuthorizationIT, Target> target) {

    Route(HttpMethod method, String path, Function<StaffAuthorizationIT, Object> body) {
      this(method, path, body, null);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** The path of a prepared request, and the version it is made on. */
  record Target(String path, String ifMatch) {}

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
  static final Route SEARCH_LISTINGS = new Route(HttpMethod.GET, LISTINGS + "?status=draft", null);
  static final Route FIND_LISTING =
      new Route(HttpMethod.GET, LISTINGS + "/{id}", null, t -> t.draft(""));
  static final Route CREATE_DRAFT = new Route(HttpMethod.POST, LISTINGS, t -> newListing("FR"));
  static final Route SAVE_DRAFT =
      new Route(HttpMethod.PUT, LISTINGS + "/{id}/draft", t -> t.body, t -> t.draft("/draft"));
  static final Route SUBMIT_DRAFT =
      new Route(
          HttpMethod.POST, LISTINGS + "/{id}/draft/submit", null, t -> t.draft("/draft/submit"));
  static final Route PUBLISH_DRAFT =
      new Route(
          HttpMethod.POST, LISTINGS + "/{id}/draft/publish", null, t -> t.inReview("/publish"));
  static final Route REJECT_DRAFT =
      new Route(
          HttpMethod.POST,
          LISTINGS + "/{id}/draft/reject",
          t -> Map.of("reason", "Needs a phone number"),
          t -> t.inReview("/reject"));
  static final Route SUSPEND_LISTING =
      new Route(HttpMethod.POST, LISTINGS + "/{id}/suspend", null, t -> t.live("/suspend", false));
  static final Route REINSTATE_LISTING =
      new Route(
          HttpMethod.POST, LISTINGS + "/{id}/reinstate", null, t -> t.live("/reinstate", true));
  static final Route ARCHIVE_LISTING =
      new Route(HttpMethod.POST, LISTINGS + "/{id}/archive", null, t -> t.live("/archive", false));
  static final Route DIFF_DRAFT =
      new Route(HttpMethod.GET, LISTINGS + "/{id}/diff", null, t -> t.draft("/diff"));
  static final Route LISTING_HISTORY =
      new Route(HttpMethod.GET, LISTINGS + "/{id}/history", null, t -> t.live("/history", false));
  static final Route RESTORE_VERSION =
      new Route(
          HttpMethod.POST,
          LISTINGS + "/{id}/history/{entry}/restore",
          null,
          StaffAuthorizationIT::restorable);
  static final String PARTNERS = "/api/v1/admin/partners";
  static final Route LIST_PARTNERS = new Route(HttpMethod.GET, PARTNERS, null);
  static final Route ADD_PARTNER =
      new Route(HttpMethod.POST, PARTNERS, t -> Map.of("name", "Matrix partner"));
  static final Route GET_PARTNER =
      new Route(HttpMethod.GET, PARTNERS + "/{id}", null, t -> t.partner(""));
  static final Route CHANGE_PARTNER =
      new Route(
          HttpMethod.PATCH,
          PARTNERS + "/{id}",
          t -> Map.of("name", "Renamed partner"),
          t -> t.partner(""));
  static final Route ROTATE_PARTNER =
      new Route(
          HttpMethod.POST,
          PARTNERS + "/{id}/rotate",
          t -> Map.of("graceHours", 1),
          t -> t.partner("/rotate"));
  static final Route REVOKE_PARTNER =
      new Route(HttpMethod.POST, PARTNERS + "/{id}/revoke", null, t -> t.partner("/revoke"));
  static final Route ENABLE_PARTNER =
      new Route(HttpMethod.POST, PARTNERS + "/{id}/enable", null, t -> t.partner("/enable"));
  static final Route DISABLE_PARTNER =
      new Route(HttpMethod.POST, PARTNERS + "/{id}/disable", null, t -> t.partner("/disable"));
  static final Route PARTNER_USAGE =
      new Route(HttpMethod.GET, PARTNERS + "/{id}/usage", null, t -> t.partner("/usage"));
  static final Route LIST_CORRECTIONS =
      new Route(HttpMethod.GET, "/api/v1/admin/corrections?state=open", null);
  static final Route FIND_CORRECTION =
      new Route(HttpMethod.GET, "/api/v1/admin/corrections/{id}", null, t -> t.correction(""));
  static final Route DISMISS_CORRECTION =
      new Route(
          HttpMethod.POST,
          "/api/v1/admin/corrections/{id}/dismiss",
          t -> Map.of("reason", "The number works"),
          t -> t.correction("/dismiss"));
  static final Route CORRECTION_APPLIED =
      new Route(
          HttpMethod.POST,
          "/api/v1/admin/corrections/{id}/applied",
          null,
          t -> t.correction("/applied"));
  static final String SEARCH_LOG = "/api/v1/admin/search-log";
  static final Route SEARCH_LOG_SUMMARY = new Route(HttpMethod.GET, SEARCH_LOG, null);
  static final Route SEARCH_LOG_COVERAGE =
      new Route(HttpMethod.GET, SEARCH_LOG + "/coverage", null);
  static final Route SEARCH_LOG_CSV = new Route(HttpMethod.GET, SEARCH_LOG + "/coverage.csv", null);
  static final Route EXPORT = new Route(HttpMethod.GET, "/api/v1/admin/exports?country=FR", null);
  static final Route EXPORT_COUNT =
      new Route(HttpMethod.GET, "/api/v1/admin/exports/count?country=FR", null);
  static final Route LIST_UPLOADS = new Route(HttpMethod.GET, "/api/v1/admin/uploads", null);
  static final Route DUPLICATES = new Route(HttpMethod.GET, "/api/v1/admin/duplicates", null);
  static final String VERIFICATION = "/api/v1/admin/verification";
  static final Route VERIFICATION_QUEUE = new Route(HttpMethod.GET, VERIFICATION, null);
  static final Route VERIFICATION_BATCHES =
      new Route(HttpMethod.GET, VERIFICATION + "/batches", null);
  // France's due listings: none inside the scoped editor's Germany, so its file has none.
  static final Route VERIFICATION_LINKS =
      new Route(HttpMethod.POST, VERIFICATION + "/links.csv", t -> Map.of("country", "FR"));
  static final Route WORKPLACE_PAGE = new Route(HttpMethod.GET, "/admin", null);
  static final Route SIGN_IN_PAGE = new Route(HttpMethod.GET, "/admin/sign-in", null);

  /**
   * Expected status per caller, in the order of {@link Caller}: anonymous, bad session cookie,
   * editor, scoped editor, reviewer, admin, partner key only, admin without CSRF token.
   */
  static final Map<Route, int[]> MATRIX =
      Map.ofEntries(
          Map.entry(GET_SESSION, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          Map.entry(SIGN_IN, new int[] {200, 200, 200, 200, 200, 200, 403, 403}),
          Map.entry(SIGN_OUT, new int[] {401, 401, 204, 204, 204, 204, 403, 403}),
          Map.entry(LIST_STAFF, new int[] {401, 401, 403, 403, 403, 200, 401, 200}),
          Map.entry(ADD_STAFF, new int[] {401, 401, 403, 403, 403, 201, 403, 403}),
          Map.entry(CHANGE_STAFF, new int[] {401, 401, 403, 403, 403, 200, 403, 403}),
          // The listings of these rows lie in France, outside the scoped editor's Germany.
          Map.entry(SEARCH_LISTINGS, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          Map.entry(FIND_LISTING, new int[] {401, 401, 200, 403, 200, 200, 401, 200}),
          Map.entry(CREATE_DRAFT, new int[] {401, 401, 201, 403, 403, 201, 403, 403}),
          Map.entry(SAVE_DRAFT, new int[] {401, 401, 200, 403, 403, 200, 403, 403}),
          Map.entry(SUBMIT_DRAFT, new int[] {401, 401, 200, 403, 403, 200, 403, 403}),
          Map.entry(PUBLISH_DRAFT, new int[] {401, 401, 403, 403, 200, 200, 403, 403}),
          Map.entry(REJECT_DRAFT, new int[] {401, 401, 403, 403, 200, 200, 403, 403}),
          Map.entry(SUSPEND_LISTING, new int[] {401, 401, 403, 403, 200, 200, 403, 403}),
          Map.entry(REINSTATE_LISTING, new int[] {401, 401, 403, 403, 200, 200, 403, 403}),
          Map.entry(ARCHIVE_LISTING, new int[] {401, 401, 403, 403, 200, 200, 403, 403}),
          Map.entry(DIFF_DRAFT, new int[] {401, 401, 200, 403, 200, 200, 401, 200}),
          Map.entry(LISTING_HISTORY, new int[] {401, 401, 200, 403, 200, 200, 401, 200}),
          Map.entry(RESTORE_VERSION, new int[] {401, 401, 201, 403, 403, 201, 403, 403}),
          Map.entry(LIST_PARTNERS, new int[] {401, 401, 403, 403, 403, 200, 401, 200}),
          Map.entry(ADD_PARTNER, new int[] {401, 401, 403, 403, 403, 201, 403, 403}),
          Map.entry(GET_PARTNER, new int[] {401, 401, 403, 403, 403, 200, 401, 200}),
          Map.entry(CHANGE_PARTNER, new int[] {401, 401, 403, 403, 403, 200, 403, 403}),
          Map.entry(ROTATE_PARTNER, new int[] {401, 401, 403, 403, 403, 200, 403, 403}),
          Map.entry(REVOKE_PARTNER, new int[] {401, 401, 403, 403, 403, 200, 403, 403}),
          Map.entry(ENABLE_PARTNER, new int[] {401, 401, 403, 403, 403, 200, 403, 403}),
          Map.entry(DISABLE_PARTNER, new int[] {401, 401, 403, 403, 403, 200, 403, 403}),
          Map.entry(PARTNER_USAGE, new int[] {401, 401, 403, 403, 403, 200, 401, 200}),
          // The reports of these rows are on French listings too.
          Map.entry(LIST_CORRECTIONS, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          Map.entry(FIND_CORRECTION, new int[] {401, 401, 200, 403, 200, 200, 401, 200}),
          Map.entry(DISMISS_CORRECTION, new int[] {401, 401, 200, 403, 403, 200, 403, 403}),
          Map.entry(CORRECTION_APPLIED, new int[] {401, 401, 200, 403, 403, 200, 403, 403}),
          Map.entry(SEARCH_LOG_SUMMARY, new int[] {401, 401, 403, 403, 200, 200, 401, 200}),
          Map.entry(SEARCH_LOG_COVERAGE, new int[] {401, 401, 403, 403, 200, 200, 401, 200}),
          Map.entry(SEARCH_LOG_CSV, new int[] {401, 401, 403, 403, 200, 200, 401, 200}),
          // A scoped member's export of France is empty, not refused: the scope narrows it.
          Map.entry(EXPORT, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          Map.entry(EXPORT_COUNT, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          Map.entry(LIST_UPLOADS, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          // A scoped member sees the pairs inside its scope.
          Map.entry(DUPLICATES, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          Map.entry(VERIFICATION_QUEUE, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          Map.entry(VERIFICATION_BATCHES, new int[] {401, 401, 200, 200, 200, 200, 401, 200}),
          Map.entry(VERIFICATION_LINKS, new int[] {401, 401, 200, 200, 403, 200, 403, 403}),
          Map.entry(WORKPLACE_PAGE, new int[] {302, 302, 200, 200, 200, 200, 302, 200}),
          Map.entry(SIGN_IN_PAGE, new int[] {200, 200, 200, 200, 200, 200, 200, 200}));

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
    Target target = route.target() == null ? null : route.target().apply(this);
    WebTestClient.RequestBodySpec request =
        request(route.method(), target == null ? route.path() : target.path(), caller);
    if (target != null && target.ifMatch() != null) {
      request.header(HttpHeaders.IF_MATCH, target.ifMatch());
    }
    if (route.body() != null) {
      request.contentType(MediaType.APPLICATION_JSON).bodyValue(route.body().apply(this));
    }
    EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
    assertThat(result.getStatus().value()).as(result.toString()).isEqualTo(expected);
    if (route.path().startsWith("/api/") && expected >= 400) {
      assertThat(result.getResponseHeaders().getContentType())
          .isEqualTo(
              new MediaType(
                  MediaType.APPLICATION_PROBLEM_JSON, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (expected == 302) {
      assertThat(result.getResponseHeaders().getFirst(HttpHeaders.LOCATION))
          .isEqualTo("/admin/sign-in");
    }
  }

  private WebTestClient.RequestBodySpec request(HttpMethod method, String path, Caller caller) {
    return switch (caller) {
      case ANONYMOUS -> request(method, path, anonymous(), true);
      case BAD_SESSION_COOKIE ->
          request(method, path, anonymous().withSession("no-such-session"), true);
      case EDITOR -> request(method, path, signIn(EDITOR), true);
      case SCOPED_EDITOR -> request(method, path, signIn(SCOPED_EDITOR), true);
      case REVIEWER -> request(method, path, signIn(REVIEWER), true);
      case ADMIN -> request(method, path, signIn(ADMIN), true);
      case PARTNER_KEY_ONLY ->
          request(method, path, null, false).header("X-Partner-Key", "pk_unknown");
      case ADMIN_WITHOUT_CSRF -> request(method, path, signIn(ADMIN), false);
    };
  }

  @Autowired PartnerAdmin partnerAdmin;

  /** The listing the prepared request works on, as the last preparation left it. */
  private Map<String, Object> body;

  /** Who prepares: an admin may do every step. */
  private Cookies preparer() {
    return session(ADMIN);
  }

  /** A French listing with an open draft; the request goes to {@code suffix} of it. */
  private Target draft(String suffix) {
    body = newListing("FR");
    Answer created = create(preparer(), body);
    return new Target(LISTINGS + "/" + body.get("id") + suffix, created.etag());
  }

  /** A French listing whose draft is in review. */
  private Target inReview(String action) {
    Cookies admin = preparer();
    body = newListing("FR");
    String id = (String) body.get("id");
    Answer submitted = action(admin, id, "draft/submit", create(admin, body).etag(), null);
    return new Target(LISTINGS + "/" + id + "/draft" + action, submitted.etag());
  }

  /**
   * A published French listing, suspended first when {@code suspended}; a status change is made on
   * its version (without one, a caller allowed to gets 428 — {@code ListingEditingIT}).
   */
  private Target live(String suffix, boolean suspended) {
    body = newListing("FR");
    String id = published(body);
    if (suspended) {
      statusChange(session(REVIEWER), id, "suspend");
    }
    return new Target(LISTINGS + "/" + id + suffix, publishedEtag(preparer(), id));
  }

  /** A new partner; the request goes to {@code suffix} of it. */
  private Target partner(String suffix) {
    partnerAdmin.ensureIndex();
    String id = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
    partnerAdmin.add(new NewPartner(id, "Matrix partner", List.of(), Map.of(), 60));
    return new Target(PARTNERS + "/" + id + suffix, null);
  }

  /** A published French listing without a draft, and the entry of its publication. */
  private Target restorable() {
    String id = live("", false).path().substring(LISTINGS.length() + 1);
    String entry =
        get(LISTINGS + "/" + id + "/history", preparer()).body().get(0).get("id").asString();
    return new Target(LISTINGS + "/" + id + "/history/" + entry + "/restore", null);
  }

  /** Client addresses of the reports the preparations send, one each (the limit is per address). */
  private static final java.util.concurrent.atomic.AtomicInteger REPORTERS =
      new java.util.concurrent.atomic.AtomicInteger();

  /** An open report on a published French listing; the request goes to {@code suffix} of it. */
  private Target correction(String suffix) {
    String id = live("", false).path().substring(LISTINGS.length() + 1);
    int n = REPORTERS.incrementAndGet();
    byte[] answer =
        http()
            .post()
            .uri("/api/v1/listings/" + id + "/corrections")
            .header("X-Forwarded-For", "198.18." + (n / 256) + "." + (n % 256))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("field", "phone", "description", "The phone number does not work."))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody()
            .returnResult()
            .getResponseBody();
    String report =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(answer)
            .get("id")
            .asString();
    return new Target("/api/v1/admin/corrections/" + report + suffix, null);
  }
}
