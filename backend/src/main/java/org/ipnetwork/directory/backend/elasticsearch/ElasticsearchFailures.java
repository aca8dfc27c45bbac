package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.ipnetwork.directory.backend.web.InternalErrorException;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.backend.web.ServiceUnavailableException;
import org.ipnetwork.directory.backend.web.SlowSearchException;
import org.ipnetwork.directory.elasticsearch.ElasticsearchStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed Elasticsearch call means for the API. Anything Elasticsearch cannot answer now — a
 * timeout, no connection, a 5xx, a 429, a missing index — is a 503 with Retry-After, never an empty
 * result. A search Elasticsearch could parse but not run with the values it carries (400 {@code
 * search_phase_execution_exception}, e.g. {@code search_after} values of the wrong type) is the
 * caller's input: a 400 problem, logged on one INFO line. Any other 4xx means the request itself
 * was built wrong: the inputs are validated before a request is built, so that is a defect here,
 * answered 500 and logged, not hidden as an outage.
 */
final class ElasticsearchFailures {

  private static final Logger log = LoggerFactory.getLogger(ElasticsearchFailures.class);

  /** Elasticsearch's error type of a search whose shards all refused its values. */
  static final String SEARCH_PHASE = "search_phase_execution_exception";

  private ElasticsearchFailures() {}

  static Throwable map(Throwable failure) {
    return map(failure, false);
  }

  /**
   * As {@link #map(Throwable)}; the timeout of a {@code costly} search is a {@link
   * SlowSearchException}, which the breaker does not count.
   */
  static Throwable map(Throwable failure, boolean costly) {
    if (failure instanceof ServiceUnavailableException
        || failure instanceof InternalErrorException
        || failure instanceof InvalidParameterException) {
      return failure;
    }
    Throwable cause = unwrap(failure);
    if (cause instanceof TimeoutException) {
      return costly
          ? new SlowSearchException(cause)
          : new ServiceUnavailableException("The search index did not answer in time.", cause);
    }
    int status = ElasticsearchStatus.of(cause);
    // A missing document is an answer (found: false), not an error: a 404 here is the index or
    // its alias, which is not there yet (a new installation, a rebuild gone wrong).
    if (status == 404) {
      return new ServiceUnavailableException("The search index is not there yet.", cause);
    }
    if (status == 400
        && cause instanceof ElasticsearchException es
        && es.error() != null
        && SEARCH_PHASE.equals(es.error().type())) {
      log.info("Elasticsearch refused the values of a search: {}", reason(cause));
      if (tooManyClauses(es)) {
        return new SearchTooLargeException();
      }
      return new InvalidParameterException(
          null, "The search cannot be run with these values; check the parameters.");
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
      return new InternalErrorException(
          "Elasticsearch refused a request: " + status + " " + reason(cause), cause);
    }
    return new ServiceUnavailableException("The search index cannot be reached.", cause);
  }

  /**
   * The breaker is open: the node failed most recent calls, and is not asked again until the
   * breaker's trial calls. No cause: nothing was sent, and there is no stack trace to log.
   */
  static ServiceUnavailableException breakerOpen() {
    return new ServiceUnavailableException(
        "The search index is failing; it is not asked again for a few seconds.", null);
  }

  /**
   * The search expanded to more clauses than the node takes ({@code too_many_clauses}, {@code
   * too_many_nested_clauses}: "maxClauseCount is set to …").
   */
  private static boolean tooManyClauses(ElasticsearchException es) {
    return es.error().rootCause().stream()
        .anyMatch(
            c ->
                (c.type() != null
                        && c.type().startsWith("too_many")
                        && c.type().endsWith("clauses"))
                    || (c.reason() != null && c.reason().contains("maxClauseCount")));
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String reason(Throwable e) {
    if (e instanceof ElasticsearchException es && es.error() != null) {
      return es.error().type() + ": " + es.error().reason();
    }
    return e.getMessage();
  }
}
