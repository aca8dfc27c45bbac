package org.ipnetwork.directory.backend.uploads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ipnetwork.directory.backend.editing.UploadedListings;
import org.ipnetwork.directory.backend.staff.StaffAccess;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.uploads.Upload.Applied;
import org.ipnetwork.directory.backend.uploads.Upload.Mode;
import org.ipnetwork.directory.backend.uploads.Upload.Pending;
import org.ipnetwork.directory.backend.uploads.Upload.RowError;
import org.ipnetwork.directory.backend.uploads.Upload.State;
import org.ipnetwork.directory.backend.web.ConflictException;
import org.ipnetwork.directory.backend.web.ForbiddenException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.NotFoundException;
import org.ipnetwork.directory.backend.web.StaleVersionException;
import org.ipnetwork.directory.importing.Format;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs uploads in the background, on a few threads of their own ({@code
 * directory.uploads.concurrent-jobs}), so that a large file neither holds a request nor takes the
 * threads of the other blocking work. The upload is stored when it starts and when each step ends;
 * the rows read or applied meanwhile are held here for the progress stream.
 */
@Component
class UploadJobs implements DisposableBean {

  /** Where a job is, as the progress stream sends it. */
  record Progress(String id, State state, long rowsRead, long rowsApplied, long toApply) {}

  private static final Logger log = LoggerFactory.getLogger(UploadJobs.class);

  private final UploadStore store;
  private final DryRun dryRun;
  private final UploadedListings listings;
  private final Clock clock;
  private final ExecutorService executor;
  private final Map<String, Progress> running = new ConcurrentHashMap<>();

  UploadJobs(
      UploadStore store,
      DryRun dryRun,
      UploadedListings listings,
      UploadProperties properties,
      Clock clock) {
    this.store = store;
    this.dryRun = dryRun;
    this.listings = listings;
    this.clock = clock;
    this.executor = Executors.newFixedThreadPool(properties.concurrentJobs(), UploadJobs::thread);
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "upload-job");
    t.setDaemon(true);
    return t;
  }

  /** Stores a new upload of {@code file} (which the job deletes) and starts its dry run. */
  Upload start(StaffPrincipal staff, String fileName, Format format, Path file) throws IOException {
    Upload upload =
        new Upload(
            UUID.randomUUID().toString(),
            fileName,
            format.name().toLowerCase(Locale.ROOT),
            staff.email(),
            clock.instant(),
            clock.instant(),
            State.CHECKING,
            0,
            0,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null);
    store.save(upload);
    running.put(upload.id(), new Progress(upload.id(), State.CHECKING, 0, 0, 0));
    executor.execute(() -> check(staff, upload, file, format));
    return upload;
  }

  private void check(StaffPrincipal staff, Upload upload, Path file, Format format) {
    String id = upload.id();
    try {
      Upload checked =
          dryRun.check(
              staff,
              upload,
              file,
              format,
              n -> running.put(id, new Progress(id, State.CHECKING, n, 0, 0)));
      store.save(checked.withState(State.CHECKED).withUpdatedAt(clock.instant()));
    } catch (IOException | RuntimeException e) {
      log.warn("Upload {} ({}) could not be checked: {}", id, upload.fileName(), e.toString());
      fail(upload, "the file could not be read: " + e.getMessage());
    } finally {
      running.remove(id);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("The uploaded file {} could not be deleted", file, e);
      }
    }
  }

  /**
   * Starts applying a checked upload: its new and changed rows become drafts in review, or are
   * published too ({@link Mode#PUBLISH}, which needs {@code REVIEW_LISTINGS}).
   *
   * @throws ConflictException (409) when the upload is not checked, or is applied already
   */
  Upload apply(StaffPrincipal staff, String id, Mode mode) throws IOException {
    if (mode == Mode.PUBLISH) {
      StaffAccess.require(staff, StaffPermission.REVIEW_LISTINGS);
    }
    UploadStore.Stored read = visible(staff, id);
    if (read.upload().state() != State.CHECKED) {
      throw new ConflictException(
          "state",
          "Only a checked upload can be applied; this one is " + code(read.upload()) + ".");
    }
    Upload applying = read.upload().withState(State.APPLYING).withUpdatedAt(clock.instant());
    if (!store.replace(read, applying)) {
      throw new ConflictException("state", "The upload is being applied already.");
    }
    List<Pending> pending = applying.pending() == null ? List.of() : applying.pending();
    running.put(id, new Progress(id, State.APPLYING, applying.rowsRead(), 0, pending.size()));
    executor.execute(() -> apply(staff, applying, pending, mode));
    return applying.view();
  }

  private void apply(StaffPrincipal staff, Upload upload, List<Pending> pending, Mode mode) {
    String id = upload.id();
    long drafts = 0;
    long published = 0;
    long done = 0;
    List<RowError> errors = new ArrayList<>();
    try {
      for (Pending row : pending) {
        try {
          if (mode == Mode.PUBLISH) {
            listings.publish(staff, row.listing());
            published++;
          } else {
            listings.toReview(staff, row.listing());
            drafts++;
          }
        } catch (ConflictException
            | ForbiddenException
            | InvalidFieldsException
            | StaleVersionException
            | NotFoundException e) {
          errors.add(new RowError(row.row(), "row", e.getMessage()));
        }
        done++;
        running.put(id, new Progress(id, State.APPLYING, upload.rowsRead(), done, pending.size()));
      }
      Applied applied =
          new Applied(
              mode, staff.email(), clock.instant(), drafts, published, errors.size(), errors);
      store.save(
          upload
              .withState(State.APPLIED)
              .withRowsApplied(done)
              .withApplied(applied)
              .withUpdatedAt(clock.instant()));
    } catch (IOException | RuntimeException e) {
      log.warn("Upload {} could not be applied after {} rows: {}", id, done, e.toString());
      Applied partial =
          new Applied(
              mode, staff.email(), clock.instant(), drafts, published, errors.size(), errors);
      fail(
          upload.withRowsApplied(done).withApplied(partial), "applying stopped: " + e.getMessage());
    } finally {
      running.remove(id);
    }
  }

  private void fail(Upload upload, String why) {
    try {
      store.save(upload.withState(State.FAILED).withFailure(why).withUpdatedAt(clock.instant()));
    } catch (IOException | RuntimeException e) {
      log.error("Upload {} could not be marked failed", upload.id(), e);
    }
  }

  /** The upload with its report (no pending listings). */
  Upload find(StaffPrincipal staff, String id) throws IOException {
    return visible(staff, id).upload().view();
  }

  /** The latest uploads the member may see. */
  List<Upload> latest(StaffPrincipal staff, int size) throws IOException {
    return store.latest(staff.scope().unscoped() ? null : staff.email(), size);
  }

  /** Where the job is now: as running here, or as stored. */
  Progress progress(StaffPrincipal staff, String id) throws IOException {
    Progress now = running.get(id);
    if (now != null) {
      return now;
    }
    Upload stored = visible(staff, id).upload();
    long toApply = stored.pending() == null ? 0 : stored.pending().size();
    return new Progress(id, stored.state(), stored.rowsRead(), stored.rowsApplied(), toApply);
  }

  /**
   * The upload, if the member may see it: a scoped member sees only their own uploads (a report
   * shows rows of the whole file).
   */
  private UploadStore.Stored visible(StaffPrincipal staff, String id) throws IOException {
    Optional<UploadStore.Stored> found = store.find(id);
    if (found.isEmpty()
        || (!staff.scope().unscoped()
            && !staff.email().equals(found.get().upload().uploadedBy()))) {
      throw new NotFoundException("There is no upload " + id + ".");
    }
    return found.get();
  }

  private static String code(Upload upload) {
    return upload.state().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
