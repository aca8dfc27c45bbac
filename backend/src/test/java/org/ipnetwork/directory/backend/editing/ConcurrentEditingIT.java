package org.ipnetwork.directory.backend.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No lost updates: many editors saving the same draft at once, each on the version it read, two
 * reviewers publishing the same draft at once, and two reviewers changing the status of the same
 * published listing at once.
 */
class ConcurrentEditingIT extends EditingApi {

  private static final int EDITORS = 50;
  private static final int ROUNDS = 20;

  @Test
  void ofEditorsSavingTheSameVersionOneWinsAndEveryOtherGets412() throws Exception {
    Map<String, Object> listing = newListing("DE");
    String id = (String) listing.get("id");
    List<Cookies> sessions = new ArrayList<>();
    for (int i = 0; i < EDITORS; i++) {
      sessions.add(signIn(EDITOR));
    }
    create(sessions.get(0), listing);
    CyclicBarrier readDone = new CyclicBarrier(EDITORS);
    ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
    List<String> winners = new ArrayList<>();
    Map<String, Object> lastWinner = null;
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Future<Answer>> answers = new ArrayList<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
          Cookies session = sessions.get(e);
          Map<String, Object> body = new HashMap<>(listing);
          body.put("name", Map.of("en", "Round " + round + " editor " + e));
          bodies.add(body);
          Callable<Answer> editor =
              () -> {
                String etag = get(LISTINGS + "/" + id, session).etag();
                readDone.await(30, TimeUnit.SECONDS); // everyone has read the same version
                return save(session, id, etag, body);
              };
          answers.add(pool.submit(editor));
        }
        int won = 0;
        for (int e = 0; e < EDITORS; e++) {
          Answer a = answers.get(e).get(60, TimeUnit.SECONDS);
          if (a.status() == 200) {
            won++;
            lastWinner = bodies.get(e);
            winners.add(((Map<?, ?>) bodies.get(e).get("name")).get("en").toString());
          } else {
            assertThat(a.status()).as(a.toString()).isEqualTo(412);
            assertThat(a.etag()).as("the loser gets the current version").isNotBlank();
          }
        }
        assertThat(won).as("round " + round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }

    JsonNode draft = get(LISTINGS + "/" + id, sessions.get(0)).body().get("draft");
    assertThat(draft.at("/listing/name/en").asString())
        .isEqualTo(((Map<?, ?>) lastWinner.get("name")).get("en"));
    List<String> saved = new ArrayList<>();
    for (JsonNode entry : get(LISTINGS + "/" + id + "/history", sessions.get(0)).body()) {
      if (entry.get("action").asString().equals("save")) {
        saved.add(entry.at("/snapshot/name/en").asString());
      }
    }
    Collections.reverse(saved); // the history lists the newest first
    assertThat(saved).as("exactly the winners' saves").isEqualTo(winners);
  }

  @Test
  void ofTwoReviewersPublishingTheSameDraftOneWins() throws Exception {
    Map<String, Object> listing = newListing("DE");
    String id = (String) listing.get("id");
    Cookies editor = signIn(EDITOR);
    Answer submitted = action(editor, id, "draft/submit", create(editor, listing).etag(), null);
    List<Cookies> reviewers = List.of(signIn(REVIEWER), signIn(ADMIN));
    CyclicBarrier ready = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (Cookies reviewer : reviewers) {
        answers.add(
            pool.submit(
                () -> {
                  ready.await(30, TimeUnit.SECONDS);
                  return action(reviewer, id, "draft/publish", submitted.etag(), null);
                }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Answer> a : answers) {
        statuses.add(a.get(60, TimeUnit.SECONDS).status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    } finally {
      pool.shutdownNow();
    }
    int publications = 0;
    for (JsonNode entry : get(LISTINGS + "/" + id + "/history", editor).body()) {
      publications += entry.get("action").asString().equals("publish") ? 1 : 0;
    }
    assertThat(publications).isEqualTo(1);
  }

  @Test
  void ofTwoReviewersChangingTheStatusOfTheSameVersionOneWins() throws Exception {
    String id = published(newListing("DE"));
    List<Cookies> reviewers = List.of(signIn(REVIEWER), signIn(ADMIN));
    String read = publishedEtag(reviewers.get(0), id);
    List<String> actions = List.of("suspend", "archive");
    CyclicBarrier ready = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Map<String, Integer> statuses = new HashMap<>();
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Cookies reviewer = reviewers.get(i);
        String action = actions.get(i);
        answers.add(
            pool.submit(
                () -> {
                  ready.await(30, TimeUnit.SECONDS);
                  return action(reviewer, id, action, read, null);
                }));
      }
      for (int i = 0; i < 2; i++) {
        statuses.put(actions.get(i), answers.get(i).get(60, TimeUnit.SECONDS).status());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses.values()).containsExactlyInAnyOrder(200, 412);
    String winner = statuses.get("suspend") == 200 ? "suspend" : "archive";
    JsonNode edit = get(LISTINGS + "/" + id, reviewers.get(0)).body();
    assertThat(edit.at("/published/status").asString())
        .isEqualTo(winner.equals("suspend") ? "suspended" : "archived");
    List<String> changes = new ArrayList<>();
    for (JsonNode entry : get(LISTINGS + "/" + id + "/history", reviewers.get(0)).body()) {
      if (actions.contains(entry.get("action").asString())) {
        changes.add(entry.get("action").asString());
      }
    }
    assertThat(changes).containsExactly(winner);
  }
}
