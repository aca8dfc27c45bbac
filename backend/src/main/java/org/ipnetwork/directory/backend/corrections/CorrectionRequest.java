package org.ipnetwork.directory.backend.corrections;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ipnetwork.directory.backend.i18n.UiStrings;
import org.ipnetwork.directory.backend.web.InvalidFieldsException;
import org.ipnetwork.directory.backend.web.InvalidFieldsException.FieldError;
import org.ipnetwork.directory.taxonomy.Lang;

/**
 * A visitor's report as the public API receives it ({@code POST
 * /api/v1/listings/{id}/corrections}).
 *
 * @param field what is wrong: one of {@link Correction.Field}'s codes
 * @param description what is wrong, 10 to 2,000 characters
 * @param suggestedValue the right value, optional, at most 500 characters
 * @param email where the association may ask back, optional
 * @param homepage a trap for bots: the page hides it from people (and assistive technology), so a
 *     report that fills it is answered as accepted and dropped
 */
record CorrectionRequest(
    String field, String description, String suggestedValue, String email, String homepage) {

  static final int MIN_DESCRIPTION = 10;
  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_SUGGESTED = 500;
  static final int MAX_EMAIL = 254;

  /** The same deliberately simple rule as the listings' contact e-mails (config's ContactRules). */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[^@\\s]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

  /** Whether the bots' trap was filled. */
  boolean trapped() {
    return homepage != null && !homepage.isBlank();
  }

  /**
   * The report with its texts trimmed and empty ones dropped.
   *
   * @throws InvalidFieldsException (400) with one message per refused field, in the visitor's
   *     language, for the form to show next to the field
   */
  CorrectionRequest checked(Lang lang, UiStrings strings) {
    CorrectionRequest r =
        new CorrectionRequest(
            clean(field), clean(description), clean(suggestedValue), clean(email), homepage);
    List<FieldError> errors = new ArrayList<>();
    if (r.field == null || Correction.Field.of(r.field).isEmpty()) {
      errors.add(new FieldError("field", strings.text(lang, "correctionErrorField")));
    }
    int length =
        r.description == null ? 0 : r.description.codePointCount(0, r.description.length());
    if (length < MIN_DESCRIPTION || length > MAX_DESCRIPTION) {
      errors.add(new FieldError("description", strings.text(lang, "correctionErrorDescription")));
    }
    if (r.suggestedValue != null
        && r.suggestedValue.codePointCount(0, r.suggestedValue.length()) > MAX_SUGGESTED) {
      errors.add(new FieldError("suggestedValue", strings.text(lang, "correctionErrorSuggested")));
    }
    if (r.email != null && (r.email.length() > MAX_EMAIL || !EMAIL.matcher(r.email).matches())) {
      errors.add(new FieldError("email", strings.text(lang, "correctionErrorEmail")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    return r;
  }

  private static String clean(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
