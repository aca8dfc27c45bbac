package org.ipnetwork.directory.listing;

/**
 * The longest text each field of a listing may hold, in characters (code points). Part of the
 * schema, so that every writer — import today, staff edits later — refuses the same things: a name
 * of a thousand characters is a mistake in the source (a description pasted into the wrong column,
 * say), and would break the page layout, the sort keys and the cursors that carry them. The limits
 * are far above anything real: the 3,000 sample listings use at most a third of each.
 */
public final class TextLimits {

  /** Own ids travel in URLs and cursors. */
  public static final int ID = 128;

  /** Chinese, English and original names; host organisation; who verified. */
  public static final int NAME = 200;

  public static final int CITY = 100;
  public static final int ADDRESS = 300;
  public static final int DESCRIPTION = 5000;

  /** RFC 5321's limit for a path, which an address must fit in. */
  public static final int EMAIL = 254;

  public static final int WEBSITE = 2000;
  public static final int SOURCE = 200;

  private TextLimits() {}
}
