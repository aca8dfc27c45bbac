package org.ipnetwork.directory.backend.web;

/**
 * A costly search (a long text) that did not finish in its time budget: answered like any outage
 * (503, Retry-After), but it does not count toward opening the circuit breaker.
 */
public class SlowSearchException extends ServiceUnavailableException {

  public SlowSearchException(Throwable cause) {
    super("The search took too long; try again with fewer words.", cause);
  }
}
