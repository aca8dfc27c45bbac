package org.ipnetwork.directory.backend.context;

/**
 * Who sent a public request, as far as the directory tells callers apart: the embedding partner
 * whose key came with it, or none (the directory's own page, anonymous API use). Put on the
 * exchange by the partner filter and handed to controllers as a typed argument; never an address,
 * cookie or user agent.
 *
 * @param partnerId the partner's id, or {@code null} without a key
 */
public record Caller(String partnerId) {

  /** Where the partner filter puts the request's caller on the exchange. */
  public static final String ATTRIBUTE = Caller.class.getName();

  /** A request without a partner key. */
  public static final Caller ANONYMOUS = new Caller(null);
}
