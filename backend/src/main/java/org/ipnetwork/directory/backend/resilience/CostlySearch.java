package org.ipnetwork.directory.backend.resilience;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Marks a request's reactive context as a costly search ({@link SearchBulkhead}: a long text), so
 * that the gateway does not count its timeout toward opening the circuit breaker: a node too slow
 * for one client's long texts is still answering everybody else, and must not be cut off for all.
 */
public final class CostlySearch {

  private static final String KEY = CostlySearch.class.getName();

  private CostlySearch() {}

  /** {@code context} marked as a costly search. */
  public static Context mark(Context context) {
    return context.put(KEY, Boolean.TRUE);
  }

  /** Whether the request of {@code context} is a costly search. */
  public static boolean in(ContextView context) {
    return context.getOrDefault(KEY, Boolean.FALSE);
  }
}
