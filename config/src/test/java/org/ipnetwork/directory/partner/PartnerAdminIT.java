package org.ipnetwork.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
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

  @Test
  void aRotationWithAGraceKeepsTheOldKeyUntilItExpires() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    Clock clock =
        new Clock() {
          @Override
          public Instant instant() {
            return now.get();
          }

          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }
        };
    PartnerStore timed = new PartnerStore(TestElasticsearch.clients().client(), clock);
    PartnerAdmin graceful =
        new PartnerAdmin(timed, Taxonomies.bundled(), clock, new SecureRandom());
    IssuedKey first = add("admin-grace");
    IssuedKey second = graceful.rotate("admin-grace", Duration.ofHours(24));
    assertThat(second.partner().previousKeyPrefix()).isEqualTo(PartnerKeys.prefix(first.key()));
    assertThat(timed.findByKeyHash(PartnerKeys.hash(first.key()))).isPresent();
    assertThat(timed.findByKeyHash(PartnerKeys.hash(second.key()))).isPresent();

    now.set(now.get().plus(Duration.ofHours(24)));
    assertThat(timed.findByKeyHash(PartnerKeys.hash(first.key()))).isEmpty();
    assertThat(timed.findByKeyHash(PartnerKeys.hash(second.key()))).isPresent();

    IssuedKey third = graceful.rotate("admin-grace", Duration.ofDays(7));
    graceful.revoke("admin-grace");
    assertThat(timed.findByKeyHash(PartnerKeys.hash(second.key()))).isEmpty();
    assertThat(timed.findByKeyHash(PartnerKeys.hash(third.key()))).isEmpty();
    assertThat(graceful.get("admin-grace").previousKeyHash()).isNull();
  }

  @Test
  void usageIsZeroFilledOldestFirst() throws Exception {
    add("admin-usage");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    PartnerUsage stored = new PartnerUsage("admin-usage", today.minusDays(2), 40, 3, Instant.now());
    TestElasticsearch.clients()
        .client()
        .index(
            i ->
                i.index(PartnerUsage.INDEX.alias())
                    .id(PartnerUsage.documentId("admin-usage", stored.date()))
                    .refresh(co.elastic.clients.elasticsearch._types.Refresh.WaitFor)
                    .document(stored));
    List<PartnerUsage> days = admin.usage("admin-usage", 5);
    assertThat(days).extracting(PartnerUsage::date).first().isEqualTo(today.minusDays(4));
    assertThat(days).extracting(PartnerUsage::date).last().isEqualTo(today);
    assertThat(days).extracting(PartnerUsage::requests).containsExactly(0L, 0L, 40L, 0L, 0L);
    assertThat(days).extracting(PartnerUsage::rejected).containsExactly(0L, 0L, 3L, 0L, 0L);
    assertThat(admin.recentRequests(7)).containsEntry("admin-usage", 40L);
    assertThatThrownBy(() -> admin.usage("nobody", 5)).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void refusedInputNamesTheField() {
    assertThatThrownBy(() -> add("Bad Id"))
        .isInstanceOfSatisfying(
            PartnerInputException.class, e -> assertThat(e.field()).isEqualTo("id"));
    add("admin-duplicate");
    assertThatThrownBy(() -> add("admin-duplicate")).isInstanceOf(DuplicatePartnerException.class);
    assertThatThrownBy(
            () ->
                admin.update(
                    "admin-duplicate", new PartnerChanges(null, List.of("ftp://x"), null, null)))
        .isInstanceOfSatisfying(
            PartnerInputException.class, e -> assertThat(e.field()).isEqualTo("allowedOrigins"));
  }
}
