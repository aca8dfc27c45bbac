package org.ipnetwork.directory.backend.editing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipnetwork.directory.backend.staff.StaffApi;
import org.ipnetwork.directory.index.ListingIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the editing ITs: listings written through the workplace, and requests that carry an ETag.
 * Every listing the tests write has {@code source} "workplace" and is removed after each test, so
 * that the fixture's counts, which other ITs of the same node check, stay as they are.
 */
public abstract class EditingApi extends StaffApi {

  protected static final String LISTINGS = "/api/v1/admin/listings";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired protected ElasticsearchClient elasticsearch;

  /** What an answer holds: status, ETag and the body as JSON. */
  protected record Answer(int status, String etag, JsonNode body, String raw) {
    @Override
    public String toString() {
      return status + " " + etag + " " + raw;
    }
  }

  /** Sessions reused within a test class for the steps that only prepare (a sign-in is BCrypt). */
  private static final Map<String, Cookies> SESSIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeAll
  static void forgetSessions() {
    SESSIONS.clear(); // another class may have moved the clock past them
  }

  /** A session of {@code email}, signed in once per test class. */
  protected Cookies session(String email) {
    return SESSIONS.computeIfAbsent(email, this::signIn);
  }

  @AfterEach
  void removeWhatTheWorkplaceWrote() throws IOException {
    // The embedded distribution has no delete-by-query (it is in the reindex module).
    for (String index :
        List.of(ListingIndex.ALIAS, ListingIndex.DRAFTS.alias(), ListingIndex.HISTORY.alias())) {
      List<String> ids =
          elasticsearch
              .search(
                  s ->
                      s.index(index)
                          .query(
                              index.equals(ListingIndex.HISTORY.alias())
                                  ? q -> q.matchAll(m -> m)
                                  : q -> q.term(t -> t.field("source").value(ListingRules.SOURCE)))
                          .source(src -> src.fetch(false))
                          .size(10_000),
                  Void.class)
              .hits()
              .hits()
              .stream()
              .map(h -> h.id())
              .toList();
      if (!ids.isEmpty()) {
        elasticsearch.bulk(
            b -> {
              ids.forEach(id -> b.operations(o -> o.delete(d -> d.index(index).id(id))));
              return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
            });
      }
    }
  }

  /** Patient: the race tests queue many requests at once on a small build machine. */
  @Override
  protected WebTestClient http() {
    return super.http().mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
  }

  /** A valid new listing of a German or other law firm, unique per call. */
  protected static Map<String, Object> newListing(String country) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> listing = new LinkedHashMap<>();
    listing.put("id", "ws-" + tag);
    listing.put("kind", "provider");
    listing.put("name", Map.of("en", "Workplace Test Firm " + tag, "zh", "测试律所" + tag));
    listing.put("orgType", "law_firm");
    listing.put("location", Map.of("country", country, "city", "Testville"));
    listing.put("services", List.of("trademark"));
    return listing;
  }

  protected Answer send(
      HttpMethod method, String uri, Cookies cookies, String ifMatch, Object body) {
    WebTestClient.RequestBodySpec spec = request(method, uri, cookies, true);
    if (ifMatch != null) {
      spec.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    if (body != null) {
      spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }
    EntityExchangeResult<byte[]> r = spec.exchange().expectBody().returnResult();
    byte[] bytes = r.getResponseBody();
    String raw = bytes == null ? "" : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    JsonNode json = raw.isEmpty() ? JSON.missingNode() : JSON.readTree(raw);
    return new Answer(r.getStatus().value(), r.getResponseHeaders().getETag(), json, raw);
  }

  protected Answer get(String uri, Cookies cookies) {
    return send(HttpMethod.GET, uri, cookies, null, null);
  }

  /** Opens a draft of a new listing; fails the test unless it was created. */
  protected Answer create(Cookies cookies, Map<String, Object> listing) {
    Answer a = send(HttpMethod.POST, LISTINGS, cookies, null, listing);
    if (a.status() != 201) {
      throw new AssertionError("create: " + a);
    }
    return a;
  }

  protected Answer save(Cookies cookies, String id, String etag, Map<String, Object> listing) {
    return send(HttpMethod.PUT, LISTINGS + "/" + id + "/draft", cookies, etag, listing);
  }

  protected Answer action(Cookies cookies, String id, String action, String etag, Object body) {
    return send(HttpMethod.POST, LISTINGS + "/" + id + "/" + action, cookies, etag, body);
  }

  /** The published copy's version, as a status change sends it in {@code If-Match}. */
  protected String publishedEtag(Cookies cookies, String id) {
    Answer read = get(LISTINGS + "/" + id, cookies);
    if (read.status() != 200 || !read.body().hasNonNull("publishedEtag")) {
      throw new AssertionError("no published copy: " + read);
    }
    return read.body().get("publishedEtag").asString();
  }

  /** Suspends, reinstates or archives the published copy on the version read just before. */
  protected Answer statusChange(Cookies cookies, String id, String action) {
    return action(cookies, id, action, publishedEtag(cookies, id), null);
  }

  /** A listing created, submitted and published; returns its id. */
  protected String published(Map<String, Object> listing) {
    Cookies editor = session(EDITOR);
    Cookies reviewer = session(REVIEWER);
    String id = (String) listing.get("id");
    Answer created = create(editor, listing);
    Answer submitted = action(editor, id, "draft/submit", created.etag(), null);
    Answer done = action(reviewer, id, "draft/publish", submitted.etag(), null);
    if (done.status() != 200) {
      throw new AssertionError("publish: " + done);
    }
    return id;
  }
}
