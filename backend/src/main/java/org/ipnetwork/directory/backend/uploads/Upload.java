package org.ipnetwork.directory.backend.uploads;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import lombok.With;
import org.ipnetwork.directory.backend.editing.ListingDiff.FieldChange;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Names;

/**
 * One staff upload as stored in {@code uploads}: the file's dry run (counts, the rows refused, the
 * changes, the likely duplicates) and, once applied, what applying did. {@code pending} holds the
 * new and changed listings the dry run checked, which applying writes; it is not in the API's
 * answers ({@link #view()}).
 *
 * @param rowsRead rows read so far (the whole file once checked)
 * @param rowsApplied rows applied so far
 * @param truncated whether a list of the report was cut at {@code directory.uploads.max-reported}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@With
record Upload(
    String id,
    String fileName,
    String format,
    String uploadedBy,
    Instant uploadedAt,
    Instant updatedAt,
    State state,
    long rowsRead,
    long rowsApplied,
    Counts counts,
    List<RowError> errors,
    List<Change> changes,
    List<Warning> warnings,
    boolean truncated,
    Applied applied,
    String failure,
    List<Pending> pending) {

  /** Where an upload is: checked in the background, then applied in the background. */
  enum State {
    @JsonProperty("checking")
    CHECKING,
    @JsonProperty("checked")
    CHECKED,
    @JsonProperty("applying")
    APPLYING,
    @JsonProperty("applied")
    APPLIED,
    @JsonProperty("failed")
    FAILED;

    /** No more progress will come. */
    boolean done() {
      return this == CHECKED || this == APPLIED || this == FAILED;
    }
  }

  /** A new or changed listing that applying writes, with the row it came from. */
  record Pending(long row, Listing listing) {}

  /** The rows of the file by what applying would do with them. */
  record Counts(long newRows, long changed, long unchanged, long rejected) {}

  /**
   * A refused row: its row number (line, sheet row or array index, as docs/import-format.md says),
   * the column (or {@code row} for the row as a whole) and why.
   */
  record RowError(long row, String column, String message) {}

  /**
   * A new or changed listing (its names as in the file), with its field-level changes against the
   * published copy.
   */
  record Change(long row, String listingId, Names name, Kind kind, List<FieldChange> fields) {

    enum Kind {
      @JsonProperty("new")
      NEW,
      @JsonProperty("changed")
      CHANGED
    }
  }

  /** A row that is likely a listing the directory has already, under another id. */
  record Warning(long row, String listingId, String existingId, String reason) {}

  /**
   * What applying did: in which mode, by whom; rows that became drafts in review or were published,
   * and the rows refused on the way (an open draft, a scope) with why.
   */
  record Applied(
      Mode mode,
      String by,
      Instant at,
      long drafts,
      long published,
      long rejected,
      List<RowError> errors) {

    Applied withoutErrors() {
      return new Applied(mode, by, at, drafts, published, rejected, null);
    }
  }

  /** How the checked rows are applied. */
  enum Mode {
    /** Every new or changed row becomes a draft in review. */
    @JsonProperty("drafts")
    DRAFTS,
    /** Every new or changed row is published at once (reviewers and admins). */
    @JsonProperty("publish")
    PUBLISH
  }

  /** The upload as the API shows it: without the pending listings. */
  Upload view() {
    return withPending(null);
  }

  /** The upload in a list: its state and counts, without the report's rows. */
  Upload summary() {
    return new Upload(
        id,
        fileName,
        format,
        uploadedBy,
        uploadedAt,
        updatedAt,
        state,
        rowsRead,
        rowsApplied,
        counts,
        null,
        null,
        null,
        truncated,
        applied == null ? null : applied.withoutErrors(),
        failure,
        null);
  }
}
