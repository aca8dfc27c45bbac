package org.ipnetwork.directory.backend.editing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipnetwork.directory.backend.editing.EditingReads.DiffView;
import org.ipnetwork.directory.backend.editing.EditingReads.ListingEdit;
import org.ipnetwork.directory.backend.editing.Workflow.Action;
import org.ipnetwork.directory.backend.staff.Needs;
import org.ipnetwork.directory.backend.staff.StaffPermission;
import org.ipnetwork.directory.backend.staff.StaffPrincipal;
import org.ipnetwork.directory.listing.Listing;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * Editing listings in the workplace: drafts, review, publication, status, diff and history. A
 * draft's answers carry its version as {@code ETag}; every change of a draft needs it back in
 * {@code If-Match} (428 without, 412 with the current draft when it is stale), and so does a status
 * change of a published listing, with the published copy's version ({@code publishedEtag}). Who may
 * do what is {@link Workflow}'s; the permissions here let the security layer refuse a role early.
 */
@RestController
@RequestMapping("/api/v1/admin/listings")
class EditingController {

  /** Why a reviewer sends a draft back; required. */
  record Rejection(String reason) {}

  private final EditingSearch search;
  private final EditingReads reads;
  private final DraftActions drafts;
  private final ReviewActions reviews;

  EditingController(
      EditingSearch search, EditingReads reads, DraftActions drafts, ReviewActions reviews) {
    this.search = search;
    this.reads = reads;
    this.drafts = drafts;
    this.reviews = reviews;
  }

  @Operation(
      operationId = "searchEditedListings",
      summary =
          "Published copies and drafts in every status, inside your scope: the public facets"
              + " (continent, country, …), status, editedBy=me, needsReview=true, q, page, size")
  @Parameters({
    @Parameter(
        name = "q",
        in = ParameterIn.QUERY,
        description = "Words of the id, the names or the city; all must match."),
    @Parameter(
        name = "status",
        in = ParameterIn.QUERY,
        description =
            "draft, in_review, published, suspended, archived; repeat or separate with commas;"
                + " ORed."),
    @Parameter(
        name = "editedBy",
        in = ParameterIn.QUERY,
        description = "me: only drafts you opened or saved last."),
    @Parameter(
        name = "needsReview",
        in = ParameterIn.QUERY,
        description = "true: only drafts waiting for a reviewer."),
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page; default 1."),
    @Parameter(
        name = "size",
        in = ParameterIn.QUERY,
        description = "Hits per page, 1 to 100; default 20."),
    @Parameter(
        name = "country",
        in = ParameterIn.QUERY,
        description =
            "Each facet of the public search (continent, country, region, industry, service,"
                + " kind, orgType, language) filters as there.")
  })
  @GetMapping
  Mono<EditingSearch.Results> search(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
    EditingSearch.Criteria criteria = SearchCriteriaParser.parse(params);
    return EditingCalls.call(() -> search.search(staff, criteria));
  }

  @Operation(
      operationId = "getEditedListing",
      summary = "A listing's published copy and open draft (ETag: the draft's version)")
  @GetMapping("/{id}")
  Mono<ResponseEntity<ListingEdit>> find(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff, @PathVariable String id) {
    return EditingCalls.call(() -> reads.find(staff, id))
        .map(
            edit -> {
              ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
              if (edit.draft() != null) {
                ok.eTag(edit.draft().etag());
              }
              return ok.body(edit);
            });
  }

  @Operation(
      operationId = "createDraft",
      summary = "Open a draft: of a new listing, or of a published one (its id in the body)")
  @PostMapping
  Mono<ResponseEntity<Draft.DraftView>> create(
      @Needs(StaffPermission.EDIT_LISTINGS) StaffPrincipal staff, @RequestBody Listing body) {
    return EditingCalls.call(() -> drafts.create(staff, body))
        .map(
            d ->
                ResponseEntity.created(location(d.listing().id()))
                    .eTag(d.version().etag())
                    .body(d.view()));
  }

  @Operation(operationId = "saveDraft", summary = "Save the draft (If-Match)")
  @PutMapping("/{id}/draft")
  Mono<ResponseEntity<Draft.DraftView>> save(
      @Needs(StaffPermission.EDIT_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody Listing body) {
    return EditingCalls.call(() -> drafts.save(staff, id, ifMatch, body))
        .map(EditingController::draft);
  }

  @Operation(operationId = "submitDraft", summary = "Submit the draft for review (If-Match)")
  @PostMapping("/{id}/draft/submit")
  Mono<ResponseEntity<Draft.DraftView>> submit(
      @Needs(StaffPermission.EDIT_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return EditingCalls.call(() -> drafts.submit(staff, id, ifMatch)).map(EditingController::draft);
  }

  @Operation(
      operationId = "rejectDraft",
      summary = "Send the draft in review back to its editors, with a reason (If-Match)")
  @PostMapping("/{id}/draft/reject")
  Mono<ResponseEntity<Draft.DraftView>> reject(
      @Needs(StaffPermission.REVIEW_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody Rejection body) {
    return EditingCalls.call(
            () -> drafts.reject(staff, id, ifMatch, body == null ? null : body.reason()))
        .map(EditingController::draft);
  }

  @Operation(
      operationId = "publishDraft",
      summary = "Publish the draft in review (If-Match); the public search shows it on answer")
  @PostMapping("/{id}/draft/publish")
  Mono<ListingEdit> publish(
      @Needs(StaffPermission.REVIEW_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestParam(defaultValue = "false") boolean overwrite) {
    return EditingCalls.call(() -> reviews.publish(staff, id, ifMatch, overwrite))
        .map(p -> ListingEdit.of(p, null));
  }

  @Operation(
      operationId = "suspendListing",
      summary = "Take a published listing off the search (If-Match: the published copy's ETag)")
  @PostMapping("/{id}/suspend")
  Mono<ResponseEntity<ListingEdit>> suspend(
      @Needs(StaffPermission.REVIEW_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return status(staff, id, Action.SUSPEND, ifMatch);
  }

  @Operation(
      operationId = "reinstateListing",
      summary = "Publish a suspended listing again (If-Match: the published copy's ETag)")
  @PostMapping("/{id}/reinstate")
  Mono<ResponseEntity<ListingEdit>> reinstate(
      @Needs(StaffPermission.REVIEW_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return status(staff, id, Action.REINSTATE, ifMatch);
  }

  @Operation(
      operationId = "archiveListing",
      summary = "Withdraw a listing for good (If-Match: the published copy's ETag)")
  @PostMapping("/{id}/archive")
  Mono<ResponseEntity<ListingEdit>> archive(
      @Needs(StaffPermission.REVIEW_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return status(staff, id, Action.ARCHIVE, ifMatch);
  }

  @Operation(operationId = "diffDraft", summary = "What the open draft changes, field by field")
  @GetMapping("/{id}/diff")
  Mono<ResponseEntity<DiffView>> diff(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff, @PathVariable String id) {
    return EditingCalls.call(() -> reads.diff(staff, id))
        .map(d -> ResponseEntity.ok().eTag(d.etag()).body(d));
  }

  @Operation(
      operationId = "listingHistory",
      summary = "Every staff action on a listing, newest first")
  @GetMapping("/{id}/history")
  Mono<List<HistoryEntry>> history(
      @Needs(StaffPermission.READ_LISTINGS) StaffPrincipal staff, @PathVariable String id) {
    return EditingCalls.call(() -> reads.history(staff, id));
  }

  @Operation(
      operationId = "restoreVersion",
      summary = "Open a draft from the listing as a history entry recorded it")
  @PostMapping("/{id}/history/{entry}/restore")
  Mono<ResponseEntity<Draft.DraftView>> restore(
      @Needs(StaffPermission.EDIT_LISTINGS) StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String entry) {
    return EditingCalls.call(() -> drafts.restore(staff, id, entry))
        .map(d -> ResponseEntity.created(location(id)).eTag(d.version().etag()).body(d.view()));
  }

  /** A status change; the answer's {@code ETag} is the published copy's new version. */
  private Mono<ResponseEntity<ListingEdit>> status(
      StaffPrincipal staff, String id, Action action, String ifMatch) {
    return EditingCalls.call(() -> reviews.changeStatus(staff, id, action, ifMatch))
        .map(p -> ListingEdit.of(p, null))
        .map(edit -> ResponseEntity.ok().eTag(edit.publishedEtag()).body(edit));
  }

  private static ResponseEntity<Draft.DraftView> draft(Draft d) {
    return ResponseEntity.ok().eTag(d.version().etag()).body(d.view());
  }

  private static URI location(String id) {
    return URI.create(
        "/api/v1/admin/listings/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
  }
}
