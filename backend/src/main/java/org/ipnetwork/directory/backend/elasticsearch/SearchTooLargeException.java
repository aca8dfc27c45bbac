package org.ipnetwork.directory.backend.elasticsearch;

import org.ipnetwork.directory.backend.web.InvalidParameterException;

/**
 * Elasticsearch refused a search as too large: more clauses than its {@code max_clause_count} (a
 * long text expanded over many fields, with typos). The gateway cannot tell which parameter made it
 * so; the feature that built the search can, and names it (the search's text: {@code q}).
 */
public class SearchTooLargeException extends InvalidParameterException {

  SearchTooLargeException() {
    super(null, "The search is too large to be run; use fewer words.");
  }
}
