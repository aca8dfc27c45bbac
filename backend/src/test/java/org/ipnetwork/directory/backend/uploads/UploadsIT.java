package org.ipnetwork.directory.backend.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Uploads over real HTTP on the real node: the dry run of a CSV and an XLSX file with good, bad,
 * changed, unchanged and duplicate rows (counts exact, errors by row and column, the diff of a
 * change, the duplicate's warning), then applying it as published listings (found by the search) or
 * as drafts in review; the roles and the scope; the size limit; the progress stream.
 */
class UploadsIT extends UploadApi {

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private String id(String name) {
    return "up-" + tag + "-" + name;
  }

  private String website(String name) {
    return "https://" + name + "-" + tag + ".example";
  }

  private String email(String name) {
    return "office@" + name + "-" + tag + ".example";
  }

  private String firm(String name, String city) {
    return row(id(name), "Upload" + name + tag, "DE", city, website(name), email(name));
  }

  @Test
  void csvIsCheckedThenPublishedAndFoundBySearch() {
    Cookies reviewer = session(REVIEWER);
    String bad = row(id("x"), "Bad" + tag, "Atlantis", "Nowhere", "", "");
    Reply started = upload(reviewer, "firms.csv", csv(firm("a", "Berlin"), firm("b", "Bonn"), bad));
    assertThat(started.status()).as(started.raw()).isEqualTo(202);
    String uploadId = started.body().get("id").asString();

    List<String> events = progress(reviewer, uploadId);
    assertThat(events).isNotEmpty();
    assertThat(events.get(events.size() - 1)).contains("\"state\":\"checked\"", "\"rowsRead\":3");

    JsonNode report = await(reviewer, uploadId, "checked");
    assertThat(counts(report)).containsExactly(2L, 0L, 0L, 1L);
    JsonNode error = report.get("errors").get(0);
    assertThat(error.get("row").asLong()).isEqualTo(4);
    assertThat(error.get("column").asString()).isEqualTo("country");
    assertThat(error.get("message").asString()).isNotBlank();
    assertThat(report.has("pending")).isFalse();

    Answer applied = apply(reviewer, uploadId, "publish");
    assertThat(applied.status()).as(applied.raw()).isEqualTo(202);
    JsonNode done = await(reviewer, uploadId, "applied");
    assertThat(done.get("applied").get("published").asLong()).isEqualTo(2);
    assertThat(done.get("applied").get("rejected").asLong()).isZero();

    SearchResponse found = search("q=Uploada" + tag);
    assertThat(found.hits()).extracting(SearchResponse.Hit::id).contains(id("a"));

    // The list is a search: it shows the last write once the index has refreshed, which the
    // upload by id (a real-time read) may show a moment before.
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
    Answer list = get(UPLOADS, reviewer);
    while (!"applied".equals(list.body().get("uploads").get(0).get("state").asString())
        && java.time.Instant.now().isBefore(deadline)) {
      list = get(UPLOADS, reviewer);
    }
    assertThat(list.body().get("uploads").get(0).get("id").asString()).isEqualTo(uploadId);
    assertThat(list.body().get("uploads").get(0).get("state").asString()).isEqualTo("applied");
  }

  @Test
  void xlsxIsCheckedAgainstThePublishedListingsThenAppliedAsDraftsInReview() throws IOException {
    Cookies reviewer = session(REVIEWER);
    JsonNode base = checked(reviewer, "base.csv", csv(firm("a", "Berlin"), firm("e", "Essen")));
    assertThat(counts(base)).containsExactly(2L, 0L, 0L, 0L);
    apply(reviewer, base.get("id").asString(), "publish");
    await(reviewer, base.get("id").asString(), "applied");

    Cookies editor = session(EDITOR);
    // c shares a's e-mail, d the domain of a's website (with www.); the last row has no kind.
    String c = row(id("c"), "Uploadc" + tag, "DE", "Köln", website("c"), email("a"));
    String d =
        row(id("d"), "Uploadd" + tag, "FR", "Paris", "https://www.a-" + tag + ".example/x", "");
    String bad = row(id("y"), "", "DE", "Köln", "", "").replaceFirst(",provider,", ",,");
    byte[] file = xlsx(firm("a", "München"), firm("e", "Essen"), c, d, bad);
    JsonNode report = checked(editor, "firms.xlsx", file);
    assertThat(report.get("format").asString()).isEqualTo("xlsx");
    assertThat(counts(report)).containsExactly(2L, 1L, 1L, 1L);

    JsonNode change = find(report.get("changes"), id("a"));
    assertThat(change.get("kind").asString()).isEqualTo("changed");
    assertThat(change.get("row").asLong()).isEqualTo(2);
    assertThat(change.get("fields")).hasSize(1);
    assertThat(change.get("fields").get(0).get("field").asString()).isEqualTo("location.city");
    assertThat(change.get("fields").get(0).get("before").asString()).isEqualTo("Berlin");
    assertThat(change.get("fields").get(0).get("after").asString()).isEqualTo("München");
    assertThat(find(report.get("changes"), id("c")).get("kind").asString()).isEqualTo("new");

    List<String> warned = new ArrayList<>();
    report
        .get("warnings")
        .forEach(
            w -> warned.add(w.get("listingId").asString() + ">" + w.get("existingId").asString()));
    assertThat(warned).containsExactlyInAnyOrder(id("c") + ">" + id("a"), id("d") + ">" + id("a"));

    JsonNode error = report.get("errors").get(0);
    assertThat(error.get("row").asLong()).isEqualTo(6);
    assertThat(error.get("column").asString()).isEqualTo("kind");

    String uploadId = report.get("id").asString();
    Answer refused = apply(editor, uploadId, "publish");
    assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
    assertThat(refused.body().get("type").asString()).endsWith("/forbidden");

    assertThat(apply(editor, uploadId, "drafts").status()).isEqualTo(202);
    JsonNode done = await(editor, uploadId, "applied");
    assertThat(done.get("applied").get("drafts").asLong()).isEqualTo(3);
    assertThat(done.get("applied").get("rejected").asLong()).isZero();
    for (String id : List.of(id("a"), id("c"), id("d"))) {
      GetResponse<Listing> draft =
          elasticsearch.get(g -> g.index(ListingIndex.DRAFTS.alias()).id(id), Listing.class);
      assertThat(draft.found()).as(id).isTrue();
      assertThat(draft.source().status().code()).isEqualTo("in_review");
    }
    Listing published =
        elasticsearch.get(g -> g.index(ListingIndex.ALIAS).id(id("a")), Listing.class).source();
    assertThat(published.location().city()).isEqualTo("Berlin");
    Answer again = apply(editor, uploadId, "drafts");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void rowsOutsideAScopedMembersScopeAreRejected() {
    Cookies scoped = session(SCOPED_EDITOR);
    JsonNode report =
        checked(
            scoped,
            "mixed.csv",
            csv(firm("a", "Berlin"), row(id("f"), "Uploadf" + tag, "FR", "Lyon", "", "")));
    assertThat(counts(report)).containsExactly(1L, 0L, 0L, 1L);
    assertThat(report.get("errors").get(0).get("row").asLong()).isEqualTo(3);
    assertThat(report.get("errors").get(0).get("message").asString()).contains("outside");
    // Another member's upload is not shown to a scoped member.
    String others =
        checked(session(REVIEWER), "other.csv", csv(firm("g", "Bonn"))).get("id").asString();
    assertThat(get(UPLOADS + "/" + others, scoped).status()).isEqualTo(404);
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413() {
    byte[] big = new byte[(int) (1.5 * 1024 * 1024)];
    java.util.Arrays.fill(big, (byte) 'a');
    Reply a = upload(session(EDITOR), "big.csv", big);
    assertThat(a.status()).as(a.raw()).isEqualTo(413);
    assertThat(a.body().get("type").asString()).endsWith("/body-too-large");
  }

  @Test
  void aFileOfAnotherKindIsRefused() {
    Reply a = upload(session(EDITOR), "firms.pdf", csv(firm("a", "Berlin")));
    assertThat(a.status()).as(a.raw()).isEqualTo(400);
  }

  private static List<Long> counts(JsonNode upload) {
    JsonNode c = upload.get("counts");
    return List.of(
        c.get("newRows").asLong(),
        c.get("changed").asLong(),
        c.get("unchanged").asLong(),
        c.get("rejected").asLong());
  }

  private static JsonNode find(JsonNode changes, String listingId) {
    for (JsonNode c : changes) {
      if (c.get("listingId").asString().equals(listingId)) {
        return c;
      }
    }
    throw new AssertionError("no change of " + listingId + " in " + changes);
  }

  /** The progress events until the stream ends. */
  private List<String> progress(Cookies cookies, String id) {
    return request(HttpMethod.GET, UPLOADS + "/" + id + "/events", cookies, false)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(String.class)
        .getResponseBody()
        .collectList()
        .block(Duration.ofMinutes(2));
  }
}
