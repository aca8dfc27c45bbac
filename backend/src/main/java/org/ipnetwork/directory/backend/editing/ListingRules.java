package org.ipnetwork.directory.backend.editing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException.FieldError;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.columns.FlatListing;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.validation.Problem;
import org.ipnetwork.directory.validation.RowValidator;
import org.ipnetwork.directory.validation.SourceRow;
import org.springframework.stereotype.Component;

/**
 * The rules of a listing for staff changes: exactly those of an import ({@link RowValidator},
 * shared with the indexer), applied to the listing in its flat shape, so that a listing the
 * workplace accepts imports as itself and the other way round. Values are cleaned and normalised on
 * the way (a country named "Germany" becomes DE, a phone number E.164). A draft is held to the same
 * rules as a published listing: the rules have no lesser "incomplete" level, and a draft is what
 * will be published.
 */
@Component
class ListingRules {

  /** {@code source} of a listing a staff member wrote without naming one. */
  static final String SOURCE = "workplace";

  private final RowValidator validator;

  ListingRules(Taxonomies taxonomies) {
    this.validator = new RowValidator(taxonomies);
  }

  /**
   * The listing cleaned by the rules. Status and times are left to the workflow.
   *
   * @param id the listing's id when the route names it; {@code null} takes the body's or derives
   *     one as an import does
   * @throws InvalidFieldsException (400) with one entry per refused field
   */
  Listing check(Listing body, String id, Instant now) {
    if (body == null) {
      throw new InvalidFieldsException(List.of(new FieldError("listing", "a listing is required")));
    }
    Map<Column, String> cells = new EnumMap<>(Column.class);
    cells.putAll(FlatListing.cells(body));
    if (id != null) {
      cells.put(Column.ID, id);
    }
    cells.remove(Column.STATUS);
    cells.remove(Column.CREATED_AT);
    cells.remove(Column.UPDATED_AT);
    RowValidator.Result result =
        validator.validate(
            new SourceRow("workplace", 0, cells, List.of()),
            new RowValidator.Defaults(now, SOURCE, null));
    if (!result.valid()) {
      throw new InvalidFieldsException(
          result.problems().stream().map(ListingRules::error).toList());
    }
    if (id != null && !id.equals(result.listing().id())) {
      throw new InvalidFieldsException(
          List.of(new FieldError("id", "not a valid listing id: " + id)));
    }
    return result.listing();
  }

  private static FieldError error(Problem problem) {
    String field = Column.forHeader(problem.field()).map(Column::fieldPath).orElse(problem.field());
    return new FieldError(field, problem.reason());
  }
}
