package org.ipnetwork.directory.backend.relevance;

import java.util.List;

/**
 * The first listings a user sees for one query.
 *
 * @param ids listing ids in rank order, at most the evaluation depth
 * @param total the number of matches the answer reports ({@code total}), for diagnosis
 * @param fromRelated how many of {@code ids} came from the answer's {@code related} block
 * @param understood what the system made of the query (the API's interpretation), or empty
 */
public record Ranking(List<String> ids, long total, int fromRelated, String understood) {

  public Ranking {
    ids = List.copyOf(ids);
  }

  /** Nothing to show: no hits and no related hits. */
  public boolean empty() {
    return ids.isEmpty();
  }
}
