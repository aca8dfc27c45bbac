package org.ipnetwork.directory.backend.duplicates;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.editing.ListingMerge;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.stereotype.Component;

/**
 * The workplace's duplicates: the candidates inside the member's scope, two listings side by side,
 * a merge (through the editing workflow, {@link ListingMerge}) and "not a duplicate", both
 * remembered in {@code duplicate-decisions}.
 *
 * <p>Blocking: called off the event loop.
 */
@Component
class Duplicates {

  /** One page of candidates. */
  record Results(long total, int page, int size, List<Candidate> hits) {}

  /**
   * Two listings and the fields in which they differ ({@code left}, {@code right} values), but for
   * their bookkeeping ({@link FieldChoices#KEPT}).
   */
  record Comparison(Listing left, Listing right, List<ListingMerge.Difference> differences) {}

  /** The survivor as published after the merge, and the id that now leads to it. */
  record MergeResult(Listing survivor, String mergedId) {}

  private final CandidateFinder finder;
  private final DecisionStore decisions;
  private final ListingMerge merge;
  private final Clock clock;

  Duplicates(CandidateFinder finder, DecisionStore decisions, ListingMerge merge, Clock clock) {
    this.finder = finder;
    this.decisions = decisions;
    this.merge = merge;
    this.clock = clock;
  }

  Results list(StaffPrincipal staff, String country, int page, int size) throws IOException {
    List<Candidate> all = finder.find(staff.scope(), country, decisions.dismissed());
    int from = Math.min(all.size(), (page - 1) * size);
    return new Results(
        all.size(), page, size, all.subList(from, Math.min(all.size(), from + size)));
  }

  Comparison compare(StaffPrincipal staff, String left, String right) throws IOException {
    Listing a = merge.read(staff, left);
    Listing b = merge.read(staff, right);
    return new Comparison(a, b, FieldChoices.choosable(a, b));
  }

  MergeResult merge(
      StaffPrincipal staff, String survivorId, String mergedId, Map<String, String> choices)
      throws IOException {
    Listing survivor =
        merge.merge(
            staff, survivorId, mergedId, (kept, gone) -> FieldChoices.apply(kept, gone, choices));
    decisions.merged(survivorId, mergedId, staff.email(), clock.instant());
    return new MergeResult(survivor, mergedId);
  }

  /** Remembers that the two listings are different firms: the pair is never proposed again. */
  void dismiss(StaffPrincipal staff, String left, String right) throws IOException {
    compare(staff, left, right);
    decisions.notDuplicate(left, right, List.of(), staff.email(), clock.instant());
  }
}
