package org.ipnetwork.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.Test;

/** Partner operations against the index definition on a real node. */
class PartnerAdminIT {

  private final PartnerStore store = new PartnerStore(TestElasticsearch.clients().client());
  private final PartnerAdmin admin =
      new PartnerAdmin(store, Taxonomies.bundled(), Clock.systemUTC(), new SecureRandom());

  PartnerAdminIT() {
    admin.ensureIndex();
  }

  private IssuedKey add(String id) {
    return admin.add(
        new NewPartner(
            id,
            "Chamber " + id,
            List.of("https://www.Chamber.example:443"),
            Map.of("country", List.of("US")),
            60));
  }

  @Test
  void addStoresOnlyTheHashAndFindsThePartnerByKey() {
    IssuedKey issued = add("admin-add");
    Partner stored = admin.get("admin-add");
    assertThat(stored.keyHash()).isEqualTo(PartnerKeys.hash(issued.key()));
    assertThat(stored.keyPrefix()).isEqualTo(issued.key().substring(0, 8));
    assertThat(stored.allowedOrigins()).containsExactly("https://www.chamber.example");
    assertThat(stored.scope()).containsEntry("country", List.of("US"));
    assertThat(stored.enabled()).isTrue();
    assertThat(store.findByKeyHash(PartnerKeys.hash(issued.key()))).contains(stored);
    assertThat(admin.list()).extracting(Partner::id).contains("admin-add");
    assertThat(issued.toString()).doesNotContain(issued.key());
    assertThatThrownBy(() -> add("admin-add")).hasMessageContaining("exists");
  }

  @Test
  void rotateInvalidatesTheOldKey() {
    IssuedKey first = add("admin-rotate");
    IssuedKey second = admin.rotate("admin-rotate");
    assertThat(second.key()).isNotEqualTo(first.key());
    assertThat(store.findByKeyHash(PartnerKeys.hash(first.key()))).isEmpty();
    assertThat(store.findByKeyHash(PartnerKeys.hash(second.key())))
        .map(Partner::id)
        .contains("admin-rotate");
  }

  @Test
  void revokeRemovesTheKeyAndDisables() {
    IssuedKey issued = add("admin-revoke");
    Partner revoked = admin.revoke("admin-revoke");
    assertThat(revoked.enabled()).isFalse();
    assertThat(revoked.hasKey()).isFalse();
    assertThat(store.findByKeyHash(PartnerKeys.hash(issued.key()))).isEmpty();
  }

  @Test
  void updateValidatesAndKeepsWhatIsNotGiven() {
    add("admin-update");
    Partner changed = admin.update("admin-update", new PartnerChanges(null, null, null, 5));
    assertThat(changed.requestsPerMinute()).isEqualTo(5);
    assertThat(changed.scope()).containsEntry("country", List.of("US"));
    assertThatThrownBy(
            () ->
                admin.update(
                    "admin-update",
                    new PartnerChanges(null, null, Map.of("country", List.of("ZZ")), null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                admin.update(
                    "admin-update",
                    new PartnerChanges(null, List.of("https://x.example/path"), null, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> admin.rotate("nobody")).isInstanceOf(NoSuchElementException.class);
  }
}
