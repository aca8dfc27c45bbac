package org.ipnetwork.directory.listing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a listing is; the codes match {@code taxonomy/kinds.csv}. */
public enum Kind {
  @JsonProperty("provider")
  PROVIDER("provider"),
  @JsonProperty("workstation")
  WORKSTATION("workstation"),
  @JsonProperty("mediation_centre")
  MEDIATION_CENTRE("mediation_centre");

  private final String code;

  Kind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Kind fromCode(String code) {
    for (Kind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind: " + code);
  }
}
