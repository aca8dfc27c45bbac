package org.ipnetwork.directory.backend.uploads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.ipnetwork.directory.backend.staff.Needs;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.uploads.Upload.Mode;
import org.ipnetwork.directory.backend.web.BlockingCalls;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.ipnetwork.directory.importing.Format;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff uploads of listings: a file (CSV, XLSX, JSON, NDJSON, as {@code indexer import} reads them)
 * is checked in the background without writing anything (a dry run), then applied as drafts in
 * review or published. Everything needs {@code UPLOAD_LISTINGS}; publishing needs {@code
 * REVIEW_LISTINGS} too.
 */
@RestController
@RequestMapping("/api/v1/admin/uploads")
class UploadController {

  /** How to apply a checked upload: {@code drafts} or {@code publish}. */
  record Application(Mode mode) {}

  /** The latest uploads, newest first. */
  record Uploads(List<Upload> uploads) {}

  private static final int MAX_LIST = 100;

  /** Room for the multipart envelope around the file in a request's Content-Length. */
  private static final long ENVELOPE = 64 * 1024;

  private final UploadJobs jobs;
  private final UploadProperties properties;

  UploadController(UploadJobs jobs, UploadProperties properties) {
    this.jobs = jobs;
    this.properties = properties;
  }

  @Operation(
      operationId = "startUpload",
      summary =
          "Upload a file of listings (multipart, part 'file'); its dry run starts in the background")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<Upload> upload(
      @Needs(StaffPermission.UPLOAD_LISTINGS) StaffPrincipal staff,
      @RequestPart("file") Mono<FilePart> file,
      ServerHttpRequest request) {
    long max = properties.maxSize().toBytes();
    if (request.getHeaders().getContentLength() > max + ENVELOPE) {
      throw tooLarge();
    }
    return file.flatMap(
        part -> {
          Format format = format(part.filename());
          return call(() -> Files.createTempFile("upload-", ".part"))
              .flatMap(
                  path ->
                      DataBufferUtils.write(limited(part.content(), max), path)
                          .onErrorResume(e -> delete(path).then(Mono.error(e)))
                          .then(call(() -> jobs.start(staff, part.filename(), format, path))));
        });
  }

  @Operation(operationId = "listUploads", summary = "The latest uploads, newest first")
  @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 100; default 20.")
  @GetMapping
  Mono<Uploads> list(
      @Needs(StaffPermission.UPLOAD_LISTINGS) StaffPrincipal staff,
      @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > MAX_LIST) {
      throw new InvalidParameterException("size", "size is 1 to " + MAX_LIST + ".");
    }
    return call(() -> new Uploads(jobs.latest(staff, size)));
  }

  @Operation(operationId = "getUpload", summary = "One upload with its report")
  @GetMapping("/{id}")
  Mono<Upload> find(
      @Needs(StaffPermission.UPLOAD_LISTINGS) StaffPrincipal staff, @PathVariable String id) {
    return call(() -> jobs.find(staff, id));
  }

  @Operation(
      operationId = "uploadEvents",
      summary =
          "The upload's progress as server-sent events, until it is checked, applied or failed")
  @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<UploadJobs.Progress>> events(
      @Needs(StaffPermission.UPLOAD_LISTINGS) StaffPrincipal staff, @PathVariable String id) {
    return Flux.interval(Duration.ZERO, Duration.ofMillis(250))
        .concatMap(tick -> call(() -> jobs.progress(staff, id)))
        .distinctUntilChanged()
        .takeUntil(p -> p.state().done())
        .map(p -> ServerSentEvent.builder(p).event("progress").build());
  }

  @Operation(
      operationId = "applyUpload",
      summary =
          "Apply a checked upload: its new and changed rows as drafts in review (mode drafts) or"
              + " published (mode publish, reviewers and admins)")
  @PostMapping("/{id}/apply")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<Upload> apply(
      @Needs(StaffPermission.UPLOAD_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestBody(required = false) Application body) {
    if (body == null || body.mode() == null) {
      throw new InvalidParameterException("mode", "mode is drafts or publish.");
    }
    return call(() -> jobs.apply(staff, id, body.mode()));
  }

  private static Format format(String fileName) {
    String name = fileName == null ? "" : fileName;
    try {
      Format format = Format.of(name);
      if (!name.equals("-")) {
        return format;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new InvalidParameterException(
        "file", "The file must be CSV, XLSX, JSON or NDJSON, named .csv, .xlsx, .json or .ndjson.");
  }

  /** The file's bytes, failing with 413 as soon as they pass the limit. */
  private Flux<DataBuffer> limited(Flux<DataBuffer> content, long max) {
    AtomicLong seen = new AtomicLong();
    return content.handle(
        (buffer, sink) -> {
          if (seen.addAndGet(buffer.readableByteCount()) > max) {
            DataBufferUtils.release(buffer);
            sink.error(tooLarge());
          } else {
            sink.next(buffer);
          }
        });
  }

  private ResponseStatusException tooLarge() {
    ResponseStatusException e =
        new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "upload too large");
    e.getBody().setProperty("maxSize", properties.maxSize().toString());
    return e;
  }

  private static Mono<Void> delete(Path path) {
    return call(() -> Files.deleteIfExists(path)).then();
  }

  /** Off the event loop; an unreachable cluster is a 503 ({@link BlockingCalls}). */
  private static <T> Mono<T> call(Callable<T> work) {
    return BlockingCalls.call(work, "Uploads cannot be reached right now.");
  }
}
