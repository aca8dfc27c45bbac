package org.ipnetwork.directory.listing;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Publication workflow; only {@link #PUBLISHED} listings are visible to the public search. Who may
 * move a listing from one status to another is decided in one place, the backend's workflow.
 */
public enum Status {
  @JsonProperty("draft")
  DRAFT("draft"),
  @JsonProperty("in_review")
  IN_REVIEW("in_review"),
  @JsonProperty("published")
  PUBLISHED("published"),
  @JsonProperty("suspended")
  SUSPENDED("suspended"),
  /** Withdrawn for good (the organisation closed, say); kept for the record, never shown. */
  @JsonProperty("archived")
  ARCHIVED("archived");

  private final String code;

  Status(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Status fromCode(String code) {
    for (Status status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown status: " + code);
  }
}
