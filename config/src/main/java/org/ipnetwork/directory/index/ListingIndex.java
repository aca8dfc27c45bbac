package org.ipnetwork.directory.index;

/**
 * The listings index: its alias, which every reader and writer names, and its lifecycle ({@code
 * elasticsearch/listings-index.json} behind versioned names such as {@code
 * listings-v1-20261129t101500000}).
 */
public final class ListingIndex {

  public static final String ALIAS = "listings";

  /** Bumped when the mapping changes incompatibly; part of every index name. */
  public static final int SCHEMA_VERSION = 1;

  public static final ManagedIndex INDEX =
      new ManagedIndex(ALIAS, SCHEMA_VERSION, "elasticsearch/listings-index.json");

  /**
   * Staff working copies ({@code listing-drafts}), apart from the published listings so that a
   * draft never hides or changes what the public sees, and an import (which writes {@code listings}
   * only) never touches one. Created from the same definition as the listings, so staff search has
   * the same fields and facets; only drafts fill its {@code workflow} object.
   */
  public static final ManagedIndex DRAFTS =
      new ManagedIndex("listing-drafts", SCHEMA_VERSION, "elasticsearch/listings-index.json");

  /**
   * The audit trail of staff changes ({@code listing-history}): who did what to which listing,
   * when, the field-level changes and the listing as it was after; written only by the backend.
   */
  public static final ManagedIndex HISTORY =
      new ManagedIndex("listing-history", 1, "elasticsearch/listing-history-index.json");

  private ListingIndex() {}
}
