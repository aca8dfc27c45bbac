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

  /** A provider's re-verification link that is invalid, expired or used ({@code reason}). */
  public static final URI VERIFICATION_LINK = URI.create(BASE + "verification-link");

  /** A request that is not well-formed HTTP or URI (a refused path, bad percent-encoding). */
  public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");

  public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
  public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
  public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
  public static final URI REQUEST_TIMEOUT = URI.create(BASE + "request-timeout");
  public static final URI URI_TOO_LONG = URI.create(BASE + "uri-too-long");
  public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "headers-too-large");
  public static final URI BODY_TOO_LARGE = URI.create(BASE + "body-too-large");

  /**
   * The type of a problem the framework raised with only a status (no route, wrong method, a
   * limit): one per status, so that clients can tell them apart without reading titles.
   */
  public static URI forStatus(int status) {
    return switch (status) {
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 408 -> REQUEST_TIMEOUT;
      case 409 -> CONFLICT;
      case 413 -> BODY_TOO_LARGE;
      case 414 -> URI_TOO_LONG;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> RATE_LIMITED;
      case 431 -> HEADERS_TOO_LARGE;
      case 503 -> SEARCH_UNAVAILABLE;
      default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    };
  }

  private ProblemTypes() {}
}
