package org.ipnetwork.directory.backend.web;

import org.springframework.http.HttpStatus;

/**
 * A provider's re-verification link that cannot be used: not one the directory made (or changed on
 * the way, 404), past its expiry (410) or used already (409). Answered as problem+json with {@code
 * reason} naming which.
 */
public class VerificationLinkException extends RuntimeException {

  /** Why a link is refused; {@code code} is the answer's {@code reason}. */
  public enum Reason {
    INVALID("invalid", HttpStatus.NOT_FOUND),
    EXPIRED("expired", HttpStatus.GONE),
    USED("used", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    Reason(String code, HttpStatus status) {
      this.code = code;
      this.status = status;
    }

    public String code() {
      return code;
    }

    public HttpStatus status() {
      return status;
    }
  }

  private final Reason reason;

  public VerificationLinkException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
