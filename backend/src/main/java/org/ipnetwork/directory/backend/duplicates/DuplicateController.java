package org.ipnetwork.directory.backend.duplicates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.staff.Needs;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.backend.web.BlockingCalls;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException.FieldError;
import org.ipnetwork.directory.backend.web.InvalidParameterException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The workplace's duplicate listings: candidates (inside the member's scope, optionally of one
 * country, paged), two listings side by side, merge and "not a duplicate". Reading needs {@code
 * READ_LISTINGS}, deciding {@code REVIEW_LISTINGS}.
 */
@RestController
@RequestMapping("/api/v1/admin/duplicates")
class DuplicateController {

  /** A merge: {@code choices} maps a differing field to {@code survivor} or {@code merged}. */
  record MergeRequest(String survivorId, String mergedId, Map<String, String> choices) {}

  /** Two listings that are different firms. */
  record Dismissal(String left, String right) {}

  static final int MAX_SIZE = 100;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  private final Duplicates duplicates;

  DuplicateController(Duplicates duplicates) {
    this.duplicates = duplicates;
  }

  @Operation(
      operationId = "listDuplicates",
      summary = "Pairs of published listings that may be one firm, best first, inside your scope")
  @Parameter(
      name = "country",
      in = ParameterIn.QUERY,
      description = "Only pairs of this country (ISO 3166-1 alpha-2).")
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page; default 1.")
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Pairs per page, 1 to 100; default 20.")
  @GetMapping
  Mono<Duplicates.Results> list(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff,
      @RequestParam(required = false) String country,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (country != null && !country.isEmpty() && !COUNTRY.matcher(country).matches()) {
      throw new InvalidParameterException("country", "country is a two-letter code.");
    }
    if (page < 1 || (long) page * size > 10_000) {
      throw new InvalidParameterException("page", "page is 1 or more, page × size at most 10000.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidParameterException("size", "size is 1 to " + MAX_SIZE + ".");
    }
    String code = country == null || country.isEmpty() ? null : country.toUpperCase(Locale.ROOT);
    return call(() -> duplicates.list(staff, code, page, size));
  }

  @Operation(
      operationId = "compareDuplicates",
      summary = "Two published listings side by side, with the fields in which they differ")
  @GetMapping("/compare")
  Mono<Duplicates.Comparison> compare(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff,
      @RequestParam String left,
      @RequestParam String right) {
    requireIds(mapOf("left", left, "right", right));
    return call(() -> duplicates.compare(staff, left, right));
  }

  @Operation(
      operationId = "mergeDuplicates",
      summary =
          "Merge a listing into another: the survivor takes the chosen values, the merged one"
              + " leaves the search and its id redirects (301) to the survivor")
  @PostMapping("/merge")
  Mono<Duplicates.MergeResult> merge(
      @Needs(StaffPermission.REVIEW_LISTINGS) StaffPrincipal staff,
      @RequestBody MergeRequest body) {
    MergeRequest m = body == null ? new MergeRequest(null, null, null) : body;
    requireIds(mapOf("survivorId", m.survivorId(), "mergedId", m.mergedId()));
    return call(() -> duplicates.merge(staff, m.survivorId(), m.mergedId(), m.choices()));
  }

  @Operation(
      operationId = "dismissDuplicates",
      summary = "Say two listings are not one firm: the pair is never proposed again")
  @PostMapping("/dismiss")
  Mono<ResponseEntity<Void>> dismiss(
      @Needs(StaffPermission.REVIEW_LISTINGS) StaffPrincipal staff, @RequestBody Dismissal body) {
    Dismissal d = body == null ? new Dismissal(null, null) : body;
    requireIds(mapOf("left", d.left(), "right", d.right()));
    return call(
        () -> {
          duplicates.dismiss(staff, d.left(), d.right());
          return ResponseEntity.noContent().<Void>build();
        });
  }

  private static Map<String, String> mapOf(String k1, String v1, String k2, String v2) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private static void requireIds(Map<String, String> ids) {
    List<FieldError> errors = new ArrayList<>();
    ids.forEach(
        (field, id) -> {
          if (id == null || !ID.matcher(id).matches()) {
            errors.add(new FieldError(field, "a listing id is required"));
          }
        });
    if (errors.isEmpty() && ids.values().stream().distinct().count() < 2) {
      errors.add(new FieldError(ids.keySet().iterator().next(), "two different listings"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  /** Off the event loop; an unreachable cluster is a 503 ({@link BlockingCalls}). */
  private static <T> Mono<T> call(Callable<T> work) {
    return BlockingCalls.call(work, "Duplicates cannot be reached right now.");
  }
}
