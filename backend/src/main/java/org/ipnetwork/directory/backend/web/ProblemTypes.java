package org.ipnetwork.directory.backend.web;

import java.net.URI;

/**
 * Stable {@code type} URIs of the API's problem+json answers, documented in docs/api.md (and
 * docs/staff.md for the workplace's). Clients may switch on them; they never change meaning.
 */
public final class ProblemTypes {

  private static final String BASE = "https://ip-directory.example/problems/";

  public static final URI INVALID_PARAMETER = URI.create(BASE + "invalid-parameter");
  public static final URI NOT_FOUND = URI.create(BASE + "not-found");
  public static final URI SEARCH_UNAVAILABLE = URI.create(BASE + "search-unavailable");
  public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");
  public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
  public static final URI CSRF_REJECTED = URI.create(BASE + "csrf-rejected");
  public static final URI CONFLICT = URI.create(BASE + "conflict");
  public static final URI INVALID_FIELDS = URI.create(BASE + "invalid-fields");
  public static final URI PRECONDITION_REQUIRED = URI.create(BASE + "precondition-required");
  public static final URI STALE_VERSION = URI.create(BASE + "stale-version");
  public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");
  public static final URI INTERNAL = URI.create(BASE + "internal-error");

  private ProblemTypes() {}
}
