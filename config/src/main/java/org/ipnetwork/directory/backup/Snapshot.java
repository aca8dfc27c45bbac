package org.ipnetwork.directory.backup;

import java.time.Instant;
import java.util.List;

/**
 * One backup in the repository.
 *
 * @param name named by the time it was taken ({@code directory-20261130t161225123}), so names sort
 *     by age
 * @param state Elasticsearch's state: {@code SUCCESS}, {@code PARTIAL}, {@code FAILED}, {@code
 *     IN_PROGRESS}
 * @param start when it was started
 * @param indices the versioned indices it holds
 */
public record Snapshot(String name, String state, Instant start, List<String> indices) {

  /** Only a complete snapshot is restored. */
  public boolean complete() {
    return "SUCCESS".equals(state);
  }
}
