package org.ipnetwork.directory.backend.editing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.editing.PublishedStore.Published;
import org.ipnetwork.directory.backend.editing.Workflow.Action;
import org.ipnetwork.directory.backend.elasticsearch.StubElasticsearch;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The history survives a crash between a change and the copy of its entry to {@code
 * listing-history}. The crash is simulated by actions whose history is unreachable (a stub below
 * the real client, the one stand-in here): the change lands on the real node with its entry, the
 * copy fails, and the entry reaches the history when it is reconciled — at start-up, when the
 * history is read, or before the next change — exactly once.
 */
class HistoryOutboxIT extends EditingApi {

  @Autowired DraftStore drafts;
  @Autowired PublishedStore published;
  @Autowired HistoryStore history;
  @Autowired HistoryOutbox outbox;
  @Autowired ListingRules rules;
  @Autowired Clock appClock;

  /**
   * An outbox whose copy right after a write fails, as if the process died there: the history is
   * unreachable for that step (the copies made before a write go to the real one).
   */
  private HistoryOutbox crashing() {
    StubElasticsearch unreachable = new StubElasticsearch(); // every request: connection refused
    HistoryStore lost =
        new HistoryStore(new ElasticsearchClient(unreachable.client()._transport()));
    HistoryOutbox afterTheWrite = new HistoryOutbox(elasticsearch, drafts, published, lost);
    return new HistoryOutbox(elasticsearch, drafts, published, history) {
      @Override
      void deliver(Listing copy, WorkflowState workflow) {
        afterTheWrite.deliver(copy, workflow);
      }
    };
  }

  private DraftActions crashingDrafts() {
    return new DraftActions(drafts, published, history, crashing(), rules, appClock);
  }

  private static StaffPrincipal staff(String email, StaffRole role) {
    return new StaffPrincipal(email, email, role, Scope.NONE);
  }

  private static Listing listing(Map<String, Object> body) {
    return ElasticsearchClients.jsonMapper().objectMapper().convertValue(body, Listing.class);
  }

  /** The entries the history index holds for a listing, read directly (no reconciliation). */
  private List<String> stored(String listingId) throws IOException {
    List<String> out = new ArrayList<>();
    elasticsearch
        .search(
            s ->
                s.index(HistoryStore.ALIAS)
                    .query(q -> q.term(t -> t.field("listingId").value(listingId)))
                    .size(100),
            HistoryEntry.class)
        .hits()
        .hits()
        .forEach(h -> out.add(h.id() + ":" + h.source().action()));
    return out;
  }

  @Test
  void aDraftOpenedWhileTheHistoryWasLostIsRecordedAtStartUpOnce() throws IOException {
    Map<String, Object> body = newListing("DE");
    String id = (String) body.get("id");

    Draft created = crashingDrafts().create(staff(EDITOR, StaffRole.EDITOR), listing(body));

    assertThat(drafts.find(id)).as("the change landed").isPresent();
    String entry = created.workflow().history().id();
    assertThat(drafts.find(id).get().workflow().history().id())
        .as("with its entry, in the same write")
        .isEqualTo(entry);
    assertThat(stored(id)).as("the copy to the history failed").isEmpty();

    assertThat(outbox.reconcileAll()).as("the start-up reconciliation").isPositive();
    assertThat(stored(id)).containsExactly(entry + ":create");

    outbox.reconcileAll();
    outbox.reconcile(id);
    assertThat(stored(id)).as("copied again: still one entry").containsExactly(entry + ":create");
  }

  @Test
  void theNextChangeCopiesTheEntryItReplacesBeforeWriting() throws IOException {
    Map<String, Object> body = newListing("DE");
    String id = (String) body.get("id");
    Draft created = crashingDrafts().create(staff(EDITOR, StaffRole.EDITOR), listing(body));
    assertThat(stored(id)).isEmpty();

    Answer saved = save(session(EDITOR), id, created.version().etag(), body);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

    assertThat(stored(id))
        .extracting(e -> e.substring(e.lastIndexOf(':') + 1))
        .containsExactlyInAnyOrder("create", "save");
  }

  @Test
  void aStatusChangeWhoseHistoryWasLostAppearsWhenTheHistoryIsRead() throws IOException {
    String id = published(newListing("DE"));
    Published live = published.find(id).orElseThrow();
    ReviewActions crashingReviews =
        new ReviewActions(drafts, crashingDrafts(), published, crashing(), rules, appClock);

    crashingReviews.changeStatus(
        staff(REVIEWER, StaffRole.REVIEWER), id, Action.SUSPEND, live.cas().etag());

    assertThat(published.find(id).orElseThrow().listing().status().code()).isEqualTo("suspended");
    assertThat(stored(id)).noneMatch(e -> e.endsWith(":suspend"));

    List<String> actions = new ArrayList<>();
    for (JsonNode e : get(LISTINGS + "/" + id + "/history", session(REVIEWER)).body()) {
      actions.add(e.get("action").asString());
    }
    assertThat(actions).containsExactly("suspend", "publish", "submit", "create");
  }
}
