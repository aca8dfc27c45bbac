package org.ipnetwork.directory.indexer.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.listing.Verification;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * Creation, update and verification times, all before {@link ListingFactory#EPOCH}: created up to
 * five years earlier, most verified within the last two years, updated no earlier than verified.
 */
final class Timeline {

  private static final int MAX_AGE_DAYS = 5 * 365;
  private static final int VERIFIED_WITHIN_DAYS = 2 * 365;

  private Timeline() {}

  static Listing stamp(Listing l, CountryProfile country, ReferenceData data, Random rng) {
    Instant epoch = ListingFactory.EPOCH;
    int ageDays = 30 + rng.nextInt(MAX_AGE_DAYS);
    Instant created = epoch.minus(Duration.ofDays(ageDays)).plusSeconds(rng.nextInt(86_400));
    Instant updated = created.plus(Duration.ofDays(rng.nextInt(ageDays)));
    Verification verification = null;
    // Drafts have not been checked yet; everything else mostly has.
    if (l.status() != Status.DRAFT && rng.nextInt(100) < 90) {
      int daysAgo = 1 + rng.nextInt(Math.min(VERIFIED_WITHIN_DAYS, ageDays - 1));
      LocalDate day = LocalDate.ofInstant(epoch, ZoneOffset.UTC).minusDays(daysAgo);
      String by =
          rng.nextBoolean()
              ? "Network secretariat"
              : "Regional coordinator, "
                  + data.taxonomies().continents().label(country.continent(), Lang.EN);
      verification = new Verification(by, day);
      Instant checked = day.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(rng.nextInt(28_800));
      if (checked.isAfter(updated)) {
        updated = checked;
      }
    }
    if (created.isAfter(updated)) {
      updated = created;
    }
    return l.withVerification(verification).withCreatedAt(created).withUpdatedAt(updated);
  }
}
