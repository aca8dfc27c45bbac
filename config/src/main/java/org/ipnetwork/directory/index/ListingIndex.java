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

  private ListingIndex() {}
}
