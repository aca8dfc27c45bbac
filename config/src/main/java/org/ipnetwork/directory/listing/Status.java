package org.ipnetwork.directory.listing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Publication workflow; only {@link #PUBLISHED} listings are visible to the public search. */
public enum Status {
  @JsonProperty("draft")
  DRAFT("draft"),
  @JsonProperty("in_review")
  IN_REVIEW("in_review"),
  @JsonProperty("published")
  PUBLISHED("published"),
  @JsonProperty("suspended")
  SUSPENDED("suspended");

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
