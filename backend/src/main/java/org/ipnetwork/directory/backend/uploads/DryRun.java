package org.ipnetwork.directory.backend.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.ipnetwork.directory.backend.editing.ListingDiff;
import org.ipnetwork.directory.backend.editing.ListingDiff.FieldChange;
import org.ipnetwork.directory.backend.editing.UploadedListings;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.uploads.Upload.Change;
import org.ipnetwork.directory.backend.uploads.Upload.Counts;
import org.ipnetwork.directory.backend.uploads.Upload.RowError;
import org.ipnetwork.directory.backend.uploads.Upload.Warning;
import org.ipnetwork.directory.importing.CountingInput;
import org.ipnetwork.directory.importing.Format;
import org.ipnetwork.directory.importing.InvalidText;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.validation.Problem;
import org.ipnetwork.directory.validation.RowValidator;
import org.ipnetwork.directory.validation.SourceRow;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file without writing a listing: each row is read by the importer's own readers
 * and validated by its {@link RowValidator}, so a file the workplace accepts imports the same with
 * {@code indexer import}, and then compared with the published copy of its id (new, changed with
 * the field-level changes, or unchanged) and searched for a likely duplicate under another id. Rows
 * outside the member's scope, and a second row of an id already seen, are refused.
 */
@Component
class DryRun {

  private final RowValidator validator;
  private final UploadedListings listings;
  private final LikelyDuplicates duplicates;
  private final UploadProperties properties;
  private final Clock clock;

  DryRun(
      Taxonomies taxonomies,
      UploadedListings listings,
      LikelyDuplicates duplicates,
      UploadProperties properties,
      Clock clock) {
    this.validator = new RowValidator(taxonomies);
    this.listings = listings;
    this.duplicates = duplicates;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The upload with its report and the listings to apply.
   *
   * @param rowsRead told the number of rows read so far, after each row
   */
  Upload check(StaffPrincipal staff, Upload upload, Path file, Format format, LongConsumer rowsRead)
      throws IOException {
    Report report = new Report(staff, properties.maxReported(), rowsRead);
    RowValidator.Defaults defaults =
        new RowValidator.Defaults(clock.instant(), "upload:" + upload.fileName(), null);
    try (InputStream in = new CountingInput(Files.newInputStream(file), new AtomicLong())) {
      format
          .reader()
          .read(
              in,
              upload.fileName(),
              row -> {
                try {
                  report.row(InvalidText.checked(row), defaults);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return report.into(upload);
  }

  /** The report as it grows, row by row. */
  private final class Report {
    private final StaffPrincipal staff;
    private final int limit;
    private final LongConsumer progress;
    private final Map<String, Long> seen = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final List<Upload.Pending> pending = new ArrayList<>();
    private long read;
    private long added;
    private long changed;
    private long unchanged;
    private long rejected;
    private boolean truncated;

    Report(StaffPrincipal staff, int limit, LongConsumer progress) {
      this.staff = staff;
      this.limit = limit;
      this.progress = progress;
    }

    void row(SourceRow row, RowValidator.Defaults defaults) throws IOException {
      read++;
      try {
        check(row, defaults);
      } finally {
        progress.accept(read);
      }
    }

    private void check(SourceRow row, RowValidator.Defaults defaults) throws IOException {
      RowValidator.Result result = validator.validate(row, defaults);
      long line = row.line();
      if (!result.valid()) {
        reject(result.problems().stream().map(p -> error(line, p)).toList());
        return;
      }
      Listing listing = result.listing();
      Long first = seen.putIfAbsent(listing.id(), line);
      if (first != null) {
        reject(
            List.of(
                new RowError(
                    line,
                    "id",
                    "the file has listing " + listing.id() + " on row " + first + " already")));
        return;
      }
      Optional<Listing> current = listings.published(listing.id());
      if (!staff.scope().admits(listing)
          || current.map(p -> !staff.scope().admits(p)).orElse(false)) {
        reject(List.of(new RowError(line, "row", "outside the part of the directory you work on")));
        return;
      }
      duplicates
          .of(listing)
          .ifPresent(d -> add(warnings, new Warning(line, listing.id(), d.id(), d.reason())));
      if (current.isEmpty()) {
        added++;
        pending.add(new Upload.Pending(line, listing));
        add(
            changes,
            new Change(
                line,
                listing.id(),
                listing.name(),
                Change.Kind.NEW,
                ListingDiff.between(null, listing)));
        return;
      }
      Listing published = current.get();
      // Times, status and source are the workflow's: only what the row says is compared.
      List<FieldChange> fields =
          ListingDiff.between(
              published,
              listing
                  .withStatus(published.status())
                  .withCreatedAt(published.createdAt())
                  .withUpdatedAt(published.updatedAt())
                  .withSource(published.source()));
      if (fields.isEmpty()) {
        unchanged++;
        return;
      }
      changed++;
      pending.add(new Upload.Pending(line, listing.withSource(published.source())));
      add(changes, new Change(line, listing.id(), listing.name(), Change.Kind.CHANGED, fields));
    }

    private void reject(List<RowError> why) {
      rejected++;
      for (RowError e : why) {
        add(errors, e);
      }
    }

    private <T> void add(List<T> list, T item) {
      if (list.size() < limit) {
        list.add(item);
      } else {
        truncated = true;
      }
    }

    Upload into(Upload upload) {
      return upload
          .withRowsRead(read)
          .withCounts(new Counts(added, changed, unchanged, rejected))
          .withErrors(errors)
          .withChanges(changes)
          .withWarnings(warnings)
          .withTruncated(truncated)
          .withPending(pending);
    }
  }

  private static RowError error(long line, Problem problem) {
    return new RowError(line, problem.field(), problem.reason());
  }
}
