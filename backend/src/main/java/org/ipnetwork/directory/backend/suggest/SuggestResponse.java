package org.ipnetwork.directory.backend.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Autocomplete answers: taxonomy terms first, then listing names. */
public record SuggestResponse(List<Suggestion> suggestions) {

  /**
   * One completion.
   *
   * @param text what to show and, for a term, what to search
   * @param type {@code listing}, {@code country}, {@code continent}, {@code service}, {@code
   *     industry} or {@code orgType}
   * @param code the term's code (terms only)
   * @param id the listing's id (listings only)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Suggestion(String text, String type, String code, String id) {}
}
