package org.ipnetwork.directory.backend.corrections;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.backend.staff.Needs;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.BlockingCalls;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The workplace's queue of correction reports: list (by state, newest first, paged), read one,
 * dismiss with a reason, mark applied. Listing and reading need {@code READ_LISTINGS}, handling
 * {@code EDIT_LISTINGS}; always inside the member's scope.
 */
@RestController
@RequestMapping("/api/v1/admin/corrections")
class CorrectionQueueController {

  /** Why a report is dismissed; required. */
  record Dismissal(String reason) {}

  static final int MAX_SIZE = 100;

  private final CorrectionQueue queue;

  CorrectionQueueController(CorrectionQueue queue) {
    this.queue = queue;
  }

  @Operation(
      operationId = "listCorrections",
      summary = "Correction reports in a state, newest first, inside your scope")
  @Parameter(
      name = "state",
      in = ParameterIn.QUERY,
      description = "open (default), applied or dismissed.")
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page; default 1.")
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Reports per page, 1 to 100; default 20.")
  @GetMapping
  Mono<CorrectionQueue.Results> list(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff,
      @RequestParam(defaultValue = "open") String state,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    Correction.State chosen =
        Correction.State.of(state)
            .orElseThrow(
                () ->
                    new InvalidParameterException("state", "state is open, applied or dismissed."));
    if (page < 1 || (long) page * size > 10_000) {
      throw new InvalidParameterException("page", "page is 1 or more, page × size at most 10000.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidParameterException("size", "size is 1 to " + MAX_SIZE + ".");
    }
    return call(() -> queue.list(staff, chosen, page, size));
  }

  @Operation(operationId = "getCorrection", summary = "One correction report")
  @GetMapping("/{id}")
  Mono<Correction.View> find(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff, @PathVariable String id) {
    return call(() -> queue.find(staff, id));
  }

  @Operation(
      operationId = "dismissCorrection",
      summary = "Dismiss an open report, with a reason; recorded in the listing's history")
  @PostMapping("/{id}/dismiss")
  Mono<Correction.View> dismiss(
      @Needs(StaffPermission.EDIT_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestBody(required = false) Dismissal body) {
    return call(() -> queue.dismiss(staff, id, body == null ? null : body.reason()));
  }

  @Operation(
      operationId = "correctionApplied",
      summary = "Mark an open report applied; recorded in the listing's history")
  @PostMapping("/{id}/applied")
  Mono<Correction.View> applied(
      @Needs(StaffPermission.EDIT_LISTINGS) StaffPrincipal staff, @PathVariable String id) {
    return call(() -> queue.applied(staff, id));
  }

  /** Off the event loop; an unreachable cluster is a 503 ({@link BlockingCalls}). */
  private static <T> Mono<T> call(Callable<T> work) {
    return BlockingCalls.call(work, "Corrections cannot be reached right now.");
  }
}
