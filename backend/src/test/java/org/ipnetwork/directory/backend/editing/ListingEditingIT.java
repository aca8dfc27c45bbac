package org.ipnetwork.directory.backend.editing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.search.SearchResponse;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.index.ListingWriter;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Names;
import org.ipnetwork.directory.listing.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** The editing workflow through HTTP, on the real application and node. */
class ListingEditingIT extends EditingApi {

  @Autowired ElasticsearchAsyncClient asyncClient;
  @Autowired ListingDocuments documents;

  @Test
  void aDraftSavedSubmittedAndPublishedIsFoundByThePublicSearchAtOnce() {
    Cookies editor = signIn(EDITOR);
    Cookies reviewer = signIn(REVIEWER);
    Map<String, Object> listing = newListing("DE");
    String id = (String) listing.get("id");

    Answer created = create(editor, listing);
    assertThat(created.etag()).isNotBlank();
    assertThat(created.body().at("/listing/status").asString()).isEqualTo("draft");
    assertThat(created.body().at("/workflow/author").asString()).isEqualTo(EDITOR);
    assertThat(publicHits(id)).as("a draft is not public").isZero();

    listing.put("name", Map.of("en", "Renamed Firm " + id, "zh", "改名律所"));
    Answer saved = save(editor, id, created.etag(), listing);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.etag()).isNotEqualTo(created.etag());

    Answer read = get(LISTINGS + "/" + id, editor);
    assertThat(read.etag()).isEqualTo(saved.etag());
    assertThat(read.body().at("/draft/listing/name/en").asString()).isEqualTo("Renamed Firm " + id);
    assertThat(read.body().get("published").isNull()).isTrue();

    Answer submitted = action(editor, id, "draft/submit", saved.etag(), null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.body().at("/listing/status").asString()).isEqualTo("in_review");
    assertThat(action(editor, id, "draft/publish", submitted.etag(), null).status())
        .as("editors do not publish")
        .isEqualTo(403);

    Answer published = action(reviewer, id, "draft/publish", submitted.etag(), null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.body().at("/published/status").asString()).isEqualTo("published");
    assertThat(published.body().get("draft").isNull()).isTrue();
    assertThat(publicHits(id)).as("found at once, without waiting for a refresh").isEqualTo(1);

    List<String> actions = new ArrayList<>();
    get(LISTINGS + "/" + id + "/history", reviewer)
        .body()
        .forEach(e -> actions.add(e.get("action").asString()));
    assertThat(actions).containsExactly("publish", "submit", "save", "create");
  }

  @Test
  void aRejectionNeedsAReasonAndSendsTheDraftBack() {
    Cookies editor = signIn(EDITOR);
    Cookies reviewer = signIn(REVIEWER);
    Map<String, Object> listing = newListing("FR");
    String id = (String) listing.get("id");
    Answer submitted = action(editor, id, "draft/submit", create(editor, listing).etag(), null);

    Answer noReason = action(reviewer, id, "draft/reject", submitted.etag(), Map.of());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().at("/errors/0/field").asString()).isEqualTo("reason");

    Answer rejected =
        action(reviewer, id, "draft/reject", submitted.etag(), Map.of("reason", "Phone missing"));
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.body().at("/listing/status").asString()).isEqualTo("draft");
    assertThat(rejected.body().at("/workflow/rejectionReason").asString())
        .isEqualTo("Phone missing");
    JsonNode last = get(LISTINGS + "/" + id + "/history", editor).body().get(0);
    assertThat(last.get("action").asString()).isEqualTo("reject");
    assertThat(last.get("reason").asString()).isEqualTo("Phone missing");
    assertThat(save(editor, id, rejected.etag(), listing).status())
        .as("the editor works on it again")
        .isEqualTo(200);
  }

  @Test
  void suspendingHidesAListingFromThePublicSearchAndReinstatingShowsIt() {
    String id = published(newListing("DE"));
    Cookies reviewer = signIn(REVIEWER);
    assertThat(publicHits(id)).isEqualTo(1);

    Answer suspended = statusChange(reviewer, id, "suspend");
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    assertThat(suspended.etag()).isEqualTo(suspended.body().get("publishedEtag").asString());
    assertThat(publicHits(id)).isZero();
    http().get().uri("/api/v1/listings/" + id).exchange().expectStatus().isNotFound();
    assertThat(action(reviewer, id, "suspend", suspended.etag(), null).status())
        .as("not published any more")
        .isEqualTo(409);

    Answer reinstated = action(reviewer, id, "reinstate", suspended.etag(), null);
    assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(200);
    assertThat(publicHits(id)).isEqualTo(1);

    assertThat(action(reviewer, id, "archive", reinstated.etag(), null).status()).isEqualTo(200);
    assertThat(publicHits(id)).isZero();
    assertThat(statusChange(signIn(EDITOR), id, "reinstate").status()).isEqualTo(403);

    List<String> actions = new ArrayList<>();
    get(LISTINGS + "/" + id + "/history", reviewer)
        .body()
        .forEach(e -> actions.add(e.get("action").asString()));
    assertThat(actions).startsWith("archive", "reinstate", "suspend", "publish");
  }

  @Test
  void anImportedRowOlderThanASuspensionDoesNotUndoIt() throws Exception {
    String id = published(newListing("DE"));
    Listing stored =
        elasticsearch.get(g -> g.index(ListingIndex.ALIAS).id(id), Listing.class).source();
    // A row of a file edited after the publication, but before the suspension below.
    Instant between = Instant.now();
    Thread.sleep(20); // the suspension must be later than that row, by the clock it is dated with
    Answer suspended = statusChange(signIn(REVIEWER), id, "suspend");
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

    Listing row = stored.withStatus(Status.PUBLISHED).withUpdatedAt(between);
    try (ListingWriter<Void> writer =
        new ListingWriter<>(
            asyncClient,
            documents,
            ListingIndex.ALIAS,
            ListingWriter.Limits.defaults(),
            Refresh.WaitFor,
            (c, i, outcome, reason) ->
                assertThat(outcome).isEqualTo(ListingWriter.Outcome.UNCHANGED))) {
      writer.write(row, null);
    }
    assertThat(
            elasticsearch
                .get(g -> g.index(ListingIndex.ALIAS).id(id), Listing.class)
                .source()
                .status())
        .isEqualTo(Status.SUSPENDED);
    assertThat(publicHits(id)).isZero();
  }

  @Test
  void aStatusChangeNeedsThePublishedVersionItWasMadeOn() {
    String id = published(newListing("DE"));
    Cookies reviewer = signIn(REVIEWER);
    Cookies admin = signIn(ADMIN);
    String read = publishedEtag(reviewer, id);

    Answer without = action(reviewer, id, "suspend", null, null);
    assertThat(without.status()).as(without.toString()).isEqualTo(428);
    assertThat(publicHits(id)).as("nothing changed").isEqualTo(1);

    Answer first = action(admin, id, "suspend", read, null);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.etag()).isNotEqualTo(read);

    Answer late = action(reviewer, id, "archive", read, null);
    assertThat(late.status()).as(late.toString()).isEqualTo(412);
    assertThat(late.etag()).as("the current version").isEqualTo(first.etag());
    assertThat(late.body().at("/current/published/status").asString()).isEqualTo("suspended");
    assertThat(late.body().at("/current/publishedChange/by").asString()).isEqualTo(ADMIN);
    assertThat(late.body().at("/current/publishedChange/action").asString()).isEqualTo("suspend");
    assertThat(late.body().at("/current/publishedChange/at").isMissingNode()).isFalse();

    assertThat(action(reviewer, id, "archive", late.etag(), null).status())
        .as("on the version the 412 answered")
        .isEqualTo(200);
  }

  @Test
  void aListingThatBreaksTheRulesIsRefusedFieldByField() {
    Cookies editor = signIn(EDITOR);
    Map<String, Object> listing = newListing("XX");
    listing.put("orgType", "no_such_type");
    listing.put("contacts", Map.of("email", "not an address"));
    Answer refused = send(HttpMethod.POST, LISTINGS, editor, null, listing);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("type").asString()).endsWith("/invalid-fields");
    List<String> fields = new ArrayList<>();
    refused.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("orgType", "location.country", "contacts.email");
  }

  @Test
  void changesNeedTheVersionTheyWereMadeOn() {
    Cookies editor = signIn(EDITOR);
    Map<String, Object> listing = newListing("DE");
    String id = (String) listing.get("id");
    Answer created = create(editor, listing);

    Answer without = save(editor, id, null, listing);
    assertThat(without.status()).isEqualTo(428);
    assertThat(without.body().get("type").asString()).endsWith("/precondition-required");

    Answer first = save(editor, id, created.etag(), listing);
    assertThat(first.status()).isEqualTo(200);
    Answer stale = save(editor, id, created.etag(), newListing("DE"));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.etag()).isEqualTo(first.etag());
    assertThat(stale.body().at("/current/etag").asString()).isEqualTo(first.etag());
    assertThat(stale.body().at("/current/listing/id").asString()).isEqualTo(id);
    assertThat(save(editor, id, "\"garbage\"", listing).status()).isEqualTo(412);
    assertThat(action(editor, id, "draft/submit", null, null).status()).isEqualTo(428);
  }

  @Test
  void theDiffShowsWhatTheDraftChangesAndAnImportMeanwhileIsNotOverwrittenUnknowingly()
      throws Exception {
    String id = published(newListing("DE"));
    Cookies editor = signIn(EDITOR);
    Cookies reviewer = signIn(REVIEWER);
    JsonNode current = get(LISTINGS + "/" + id, editor).body().get("published");
    @SuppressWarnings("unchecked")
    Map<String, Object> edit =
        tools.jackson.databind.json.JsonMapper.builder().build().treeToValue(current, Map.class);
    edit.put("services", List.of("trademark", "patent"));
    Answer draft = create(editor, edit);
    assertThat(draft.body().at("/workflow/baseVersion").asLong())
        .isEqualTo(get(LISTINGS + "/" + id, editor).body().get("publishedVersion").asLong());

    JsonNode diff = get(LISTINGS + "/" + id + "/diff", editor).body();
    assertThat(diff.get("publishedChanged").asBoolean()).isFalse();
    assertThat(diff.get("changes")).hasSize(1);
    assertThat(diff.at("/changes/0/field").asString()).isEqualTo("services");
    assertThat(diff.at("/changes/0/after").toString()).isEqualTo("[\"trademark\",\"patent\"]");

    assertThat(get(LISTINGS + "/" + id + "/diff", editor).etag()).isEqualTo(draft.etag());

    // Meanwhile an import writes a newer copy of the published listing: the reviewer is told.
    importNewerCopy(id, "Imported meanwhile");
    Answer submitted = action(editor, id, "draft/submit", draft.etag(), null);
    assertThat(
            get(LISTINGS + "/" + id + "/diff", editor).body().get("publishedChanged").asBoolean())
        .isTrue();
    Answer refused = action(reviewer, id, "draft/publish", submitted.etag(), null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("parameter").asString()).isEqualTo("baseVersion");
    Answer overwritten =
        action(reviewer, id, "draft/publish?overwrite=true", submitted.etag(), null);
    assertThat(overwritten.status()).as(overwritten.toString()).isEqualTo(200);
    assertThat(search("q=" + id.substring(3) + "&service=patent").hits()).isNotEmpty();
  }

  /** What an import does: a newer copy through the writer, with its own (later) updatedAt. */
  private void importNewerCopy(String id, String nameEn) throws java.io.IOException {
    Listing stored =
        elasticsearch.get(g -> g.index(ListingIndex.ALIAS).id(id), Listing.class).source();
    Listing imported =
        stored
            .withName(new Names(stored.name().zh(), nameEn, null, null))
            .withUpdatedAt(Instant.now().plusSeconds(5));
    try (ListingWriter<Void> writer =
        new ListingWriter<>(
            asyncClient,
            documents,
            ListingIndex.ALIAS,
            ListingWriter.Limits.defaults(),
            Refresh.WaitFor,
            (c, i, outcome, reason) ->
                assertThat(outcome).isEqualTo(ListingWriter.Outcome.UPDATED))) {
      writer.write(imported, null);
    }
  }

  @Test
  void anOldVersionFromTheHistoryOpensANewDraft() {
    Map<String, Object> listing = newListing("DE");
    String id = published(listing);
    Cookies editor = signIn(EDITOR);
    JsonNode history = get(LISTINGS + "/" + id + "/history", editor).body();
    String publishEntry = history.get(0).get("id").asString();
    assertThat(history.get(0).at("/snapshot/name/en").asString())
        .isEqualTo(((Map<?, ?>) listing.get("name")).get("en"));

    Answer restored =
        send(
            HttpMethod.POST,
            LISTINGS + "/" + id + "/history/" + publishEntry + "/restore",
            editor,
            null,
            null);
    assertThat(restored.status()).as(restored.toString()).isEqualTo(201);
    assertThat(restored.body().at("/listing/status").asString()).isEqualTo("draft");
    assertThat(
            send(
                    HttpMethod.POST,
                    LISTINGS + "/" + id + "/history/" + publishEntry + "/restore",
                    editor,
                    null,
                    null)
                .status())
        .as("one open draft per listing")
        .isEqualTo(409);
  }

  @Test
  void aScopedEditorNeitherReadsNorWritesOutsideTheScopeNorMovesAListingOutOfIt() {
    Cookies scoped = signIn(SCOPED_EDITOR);
    String outside = published(newListing("FR"));
    assertThat(get(LISTINGS + "/" + outside, scoped).status()).isEqualTo(403);
    assertThat(get(LISTINGS + "/" + outside + "/history", scoped).status()).isEqualTo(403);
    assertThat(send(HttpMethod.POST, LISTINGS, scoped, null, newListing("FR")).status())
        .isEqualTo(403);

    Map<String, Object> inside = newListing("DE");
    String id = (String) inside.get("id");
    Answer created = create(scoped, inside);
    inside.put("location", Map.of("country", "FR", "city", "Paris"));
    Answer moved = save(scoped, id, created.etag(), inside);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(403);
    inside.put("location", Map.of("country", "DE", "city", "Bonn"));
    assertThat(save(scoped, id, created.etag(), inside).status()).isEqualTo(200);
  }

  @Test
  void theStaffSearchFindsDraftsAndPublishedCopiesInsideTheScope() {
    Cookies editor = signIn(EDITOR);
    Map<String, Object> french = newListing("FR");
    String frenchId = (String) french.get("id");
    action(editor, frenchId, "draft/submit", create(editor, french).etag(), null);
    String germanId = published(newListing("DE"));

    assertThat(ids(get(LISTINGS + "?needsReview=true&size=100", signIn(REVIEWER))))
        .contains("draft:" + frenchId)
        .doesNotContain("published:" + germanId);
    Answer mine = get(LISTINGS + "?editedBy=me&status=in_review&size=100", editor);
    assertThat(ids(mine)).contains("draft:" + frenchId);
    assertThat(mine.body().at("/hits/0/etag").asString())
        .as("a draft in a list carries its version")
        .isEqualTo(get(LISTINGS + "/" + mine.body().at("/hits/0/id").asString(), editor).etag());
    Answer german = get(LISTINGS + "?status=published&country=DE&q=" + germanId, editor);
    assertThat(ids(german)).containsExactly("published:" + germanId);
    assertThat(german.body().at("/facets/status/0/code").asString()).isEqualTo("published");
    assertThat(ids(get(LISTINGS + "?q=" + frenchId, signIn(SCOPED_EDITOR))))
        .as("outside the scope")
        .isEmpty();
    assertThat(get(LISTINGS + "?status=nonsense", editor).status()).isEqualTo(400);
  }

  @Test
  void aListingWithAnOpenDraftIsOneHitFoundUnderEitherStatusWithCountsOfTheOtherChoices() {
    Cookies editor = signIn(EDITOR);
    Map<String, Object> listing = newListing("DE");
    String id = published(listing);
    Answer opened = create(editor, listing); // a draft of the published listing
    String live = publishedEtag(editor, id);

    for (String status : List.of("", "&status=published", "&status=draft")) {
      Answer found = get(LISTINGS + "?q=" + id + status, editor);
      assertThat(ids(found)).as(status).containsExactly("published:" + id);
      assertThat(found.body().get("total").asLong()).isEqualTo(1);
      JsonNode hit = found.body().at("/hits/0");
      assertThat(hit.get("status").asString()).isEqualTo("published");
      assertThat(hit.get("etag").asString()).isEqualTo(live);
      assertThat(hit.at("/draft/status").asString()).isEqualTo("draft");
      assertThat(hit.at("/draft/workflow/editedBy").asString()).isEqualTo(EDITOR);
      assertThat(hit.at("/draft/etag").asString()).isEqualTo(opened.etag());
    }

    // Each facet counts as if its own selection were off: the other choices keep their counts.
    Answer drafts = get(LISTINGS + "?q=" + id + "&status=draft", editor);
    assertThat(counts(drafts, "status")).containsEntry("published", 1L).containsEntry("draft", 1L);
    Answer french = get(LISTINGS + "?q=" + id + "&country=FR", editor);
    assertThat(ids(french)).isEmpty();
    assertThat(french.body().get("total").asLong()).isZero();
    assertThat(counts(french, "country")).containsEntry("DE", 1L);
    assertThat(counts(french, "status")).as("under country=FR").isEmpty();
    Answer suspended = get(LISTINGS + "?q=" + id + "&status=suspended&country=DE", editor);
    assertThat(ids(suspended)).isEmpty();
    assertThat(counts(suspended, "status")).containsEntry("published", 1L);
    assertThat(counts(suspended, "country")).as("under status=suspended").isEmpty();
  }

  private static Map<String, Long> counts(Answer answer, String facet) {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    answer
        .body()
        .at("/facets/" + facet)
        .forEach(b -> out.put(b.get("code").asString(), b.get("count").asLong()));
    return out;
  }

  private static List<String> ids(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    answer
        .body()
        .get("hits")
        .forEach(h -> out.add(h.get("copy").asString() + ":" + h.get("id").asString()));
    return out;
  }

  private int publicHits(String id) {
    SearchResponse r = search("q=" + id.substring(3) + "&size=50");
    return (int) r.hits().stream().filter(h -> id.equals(h.id())).count();
  }
}
