package org.ipnetwork.directory.backup;

import java.util.List;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.partner.PartnerStore;
import org.ipnetwork.directory.partner.PartnerUsage;
import org.ipnetwork.directory.staff.StaffStore;

/**
 * The indices that hold the directory's state, by the alias clients name: one per index definition
 * under {@code elasticsearch/} (the listings definition serves the published listings and the
 * drafts). A backup names the aliases, so it takes whichever versioned index is live; the aliases
 * travel with their indices and come back on restore.
 */
public final class BackedUpIndices {

  /**
   * Visitors' correction reports; the alias is owned by the backend's {@code corrections} package,
   * which this module cannot see.
   */
  static final String CORRECTIONS = "corrections";

  /**
   * The search log's monthly indices ({@code search-log-yyyy.MM}, one template), by the alias they
   * all join; owned by the backend's {@code searchlog} package. What the search insights show.
   */
  static final String SEARCH_LOG = "search-log";

  /** Staff uploads: their dry-run reports and what applying them did; owned by {@code uploads}. */
  static final String UPLOADS = "uploads";

  /**
   * The staff's decisions on duplicate listings (pairs that are not one firm, merged listings and
   * where their ids lead); owned by the backend's {@code duplicates} package.
   */
  static final String DUPLICATE_DECISIONS = "duplicate-decisions";

  /**
   * Which re-verification links were used and when each provider was last asked; owned by the
   * backend's {@code verification} package.
   */
  static final String VERIFICATION = "verification";

  public static final List<String> ALIASES =
      List.of(
          ListingIndex.INDEX.alias(),
          ListingIndex.DRAFTS.alias(),
          ListingIndex.HISTORY.alias(),
          PartnerStore.INDEX.alias(),
          PartnerUsage.INDEX.alias(),
          StaffStore.INDEX.alias(),
          CORRECTIONS,
          SEARCH_LOG,
          UPLOADS,
          DUPLICATE_DECISIONS,
          VERIFICATION);

  private BackedUpIndices() {}
}
