package org.ipnetwork.directory.backend.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * Duplicate candidates, merge and "not a duplicate" through HTTP on the real node, over {@link
 * DuplicateFixture}: precision and recall of the candidates on the fixture, the merge's histories
 * and redirect, the dismissal remembered, the scope.
 */
class DuplicatesIT extends EditingApi {

  private static final String DUPLICATES = "/api/v1/admin/duplicates";

  @BeforeEach
  void fixture() {
    DuplicateFixture.listings().forEach(this::published);
  }

  @AfterEach
  void forgetDecisions() throws IOException {
    List<String> ids =
        elasticsearch
            .search(
                s ->
                    s.index(DuplicateIndexes.INDEX.alias())
                        .query(q -> q.matchAll(m -> m))
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
            ids.forEach(
                id ->
                    b.operations(
                        o -> o.delete(d -> d.index(DuplicateIndexes.INDEX.alias()).id(id))));
            return b.refresh(Refresh.True);
          });
    }
  }

  /**
   * On the fixture every known pair is proposed (recall 1.0) and at least 80 % of the proposed
   * pairs are known ones (precision ≥ 0.8); the pairs of other listings are not counted.
   */
  @Test
  void findsTheKnownPairsAndNotTheKnownNonPairs() {
    Set<String> proposed = fixturePairs(get(DUPLICATES + "?size=100", session(REVIEWER)));
    Set<String> right = new HashSet<>(proposed);
    right.retainAll(DuplicateFixture.PAIRS);
    double recall = right.size() / (double) DuplicateFixture.PAIRS.size();
    double precision = proposed.isEmpty() ? 0 : right.size() / (double) proposed.size();
    assertThat(recall).as("recall; proposed " + proposed).isEqualTo(1.0);
    assertThat(precision).as("precision; proposed " + proposed).isGreaterThanOrEqualTo(0.8);
    assertThat(proposed)
        .as("same name in another city, branch offices, generic names")
        .doesNotContain(
            "dup-f1|dup-f2", "dup-g1|dup-g2", "dup-h1|dup-h2", "dup-i1|dup-i2", "dup-d1|dup-j1");

    // Each pair carries its reasons and a score.
    Map<String, List<String>> reasons = new java.util.HashMap<>();
    get(DUPLICATES + "?size=100", session(REVIEWER))
        .body()
        .get("hits")
        .forEach(
            h -> {
              List<String> codes = new ArrayList<>();
              h.get("reasons").forEach(r -> codes.add(r.get("code").asString()));
              reasons.put(key(h), codes);
              assertThat(h.get("score").asDouble()).isBetween(0.5, 1.0);
            });
    assertThat(reasons.get("dup-a1|dup-a2")).contains("website");
    assertThat(reasons.get("dup-b1|dup-b2")).contains("email");
    assertThat(reasons.get("dup-c1|dup-c2")).contains("phone");
    assertThat(reasons.get("dup-d1|dup-d2")).containsExactly("name");
    assertThat(reasons.get("dup-e1|dup-e2")).containsExactly("name");

    // A country and a scope narrow the candidates.
    assertThat(fixturePairs(get(DUPLICATES + "?country=my&size=100", session(REVIEWER))))
        .containsExactly("dup-d1|dup-d2");
    assertThat(fixturePairs(get(DUPLICATES + "?size=100", session(SCOPED_EDITOR))))
        .as("a member scoped to Germany")
        .containsExactly("dup-e1|dup-e2");
    assertThat(get(DUPLICATES + "?country=Germany", session(REVIEWER)).status()).isEqualTo(400);
  }

  @Test
  void aMergeKeepsBothHistoriesAndTheMergedIdRedirectsToTheSurvivor() {
    Cookies reviewer = session(REVIEWER);
    JsonNode compared = get(DUPLICATES + "/compare?left=dup-e1&right=dup-e2", reviewer).body();
    List<String> differing = new ArrayList<>();
    compared.get("differences").forEach(d -> differing.add(d.get("field").asString()));
    assertThat(differing).contains("name.en", "contacts.phone", "contacts.email");

    Map<String, Object> merge =
        Map.of(
            "survivorId", "dup-e1",
            "mergedId", "dup-e2",
            "choices", Map.of("contacts.phone", "merged", "contacts.email", "merged"));
    assertThat(send(HttpMethod.POST, DUPLICATES + "/merge", session(EDITOR), null, merge).status())
        .as("editors do not merge")
        .isEqualTo(403);
    Answer merged = send(HttpMethod.POST, DUPLICATES + "/merge", reviewer, null, merge);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.body().at("/survivor/contacts/phone").asString()).isEqualTo("+496115550200");
    assertThat(merged.body().at("/survivor/name/en").asString())
        .isEqualTo("Seidel Hartmann Patent Office");

    JsonNode survivorHistory = get(LISTINGS + "/dup-e1/history", reviewer).body();
    assertThat(survivorHistory.get(0).get("action").asString()).isEqualTo("merge");
    assertThat(survivorHistory.get(0).get("reason").asString()).contains("dup-e2");
    assertThat(survivorHistory.get(0).toString()).contains("contacts.phone");
    assertThat(actions(survivorHistory)).endsWith("publish", "submit", "create");
    JsonNode mergedHistory = get(LISTINGS + "/dup-e2/history", reviewer).body();
    assertThat(mergedHistory.get(0).get("action").asString()).isEqualTo("archive");
    assertThat(mergedHistory.get(0).get("reason").asString()).contains("dup-e1");
    assertThat(actions(mergedHistory)).endsWith("publish", "submit", "create");

    http()
        .get()
        .uri("/api/v1/listings/dup-e2?lang=zh")
        .exchange()
        .expectStatus()
        .isEqualTo(301)
        .expectHeader()
        .location("/api/v1/listings/dup-e1?lang=zh");
    http()
        .get()
        .uri("/api/v1/listings/dup-e1")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.contacts.phone")
        .isEqualTo("+496115550200");
    assertThat(search("q=Seidel&size=50").hits())
        .extracting(h -> h.id())
        .contains("dup-e1")
        .doesNotContain("dup-e2");
    assertThat(fixturePairs(get(DUPLICATES + "?size=100", reviewer)))
        .doesNotContain("dup-e1|dup-e2");
    http().get().uri("/api/v1/listings/dup-zz").exchange().expectStatus().isNotFound();
  }

  @Test
  void aPairSaidNotToBeADuplicateIsNeverProposedAgain() {
    Cookies reviewer = session(REVIEWER);
    assertThat(fixturePairs(get(DUPLICATES + "?size=100", reviewer))).contains("dup-b1|dup-b2");
    Answer dismissed =
        send(
            HttpMethod.POST,
            DUPLICATES + "/dismiss",
            reviewer,
            null,
            Map.of("left", "dup-b2", "right", "dup-b1"));
    assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(204);
    Set<String> after = fixturePairs(get(DUPLICATES + "?size=100", reviewer));
    assertThat(after).doesNotContain("dup-b1|dup-b2").contains("dup-a1|dup-a2");
    assertThat(
            send(
                    HttpMethod.POST,
                    DUPLICATES + "/dismiss",
                    reviewer,
                    null,
                    Map.of("left", "dup-b1", "right", "dup-b1"))
                .status())
        .isEqualTo(400);
  }

  private static Set<String> fixturePairs(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    Set<String> out = new HashSet<>();
    answer
        .body()
        .get("hits")
        .forEach(
            h -> {
              if (h.at("/left/id").asString().startsWith("dup-")
                  && h.at("/right/id").asString().startsWith("dup-")) {
                out.add(key(h));
              }
            });
    return out;
  }

  private static String key(JsonNode hit) {
    return hit.at("/left/id").asString() + "|" + hit.at("/right/id").asString();
  }

  private static List<String> actions(JsonNode history) {
    List<String> out = new ArrayList<>();
    history.forEach(e -> out.add(e.get("action").asString()));
    return out;
  }
}
