package org.ipnetwork.directory.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.listing.Kind;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.listing.Status;
import org.ipnetwork.directory.listing.TextLimits;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

  private static final Instant FILE_TIME = Instant.parse("2026-01-02T03:04:05.678Z");
  private static final RowValidator.Defaults DEFAULTS =
      new RowValidator.Defaults(FILE_TIME, "import:test.csv", null);

  private final RowValidator validator = new RowValidator(Taxonomies.bundled());

  /** A valid provider row; tests change one cell at a time. */
  private static Map<Column, String> row() {
    Map<Column, String> cells = new EnumMap<>(Column.class);
    cells.put(Column.ID, "firm-1");
    cells.put(Column.KIND, "provider");
    cells.put(Column.NAME_EN, "Example IP");
    cells.put(Column.ORG_TYPE, "law_firm");
    cells.put(Column.COUNTRY, "DE");
    return cells;
  }

  private RowValidator.Result validate(Map<Column, String> cells) {
    return validator.validate(new SourceRow("test.csv", 7, cells, List.of()), DEFAULTS);
  }

  private Listing valid(Map<Column, String> cells) {
    RowValidator.Result result = validate(cells);
    assertThat(result.problems()).isEmpty();
    return result.listing();
  }

  private List<Problem> problems(Map<Column, String> cells) {
    return validate(cells).problems();
  }

  private static Map<Column, String> with(Column column, String value) {
    Map<Column, String> cells = row();
    if (value == null) {
      cells.remove(column);
    } else {
      cells.put(column, value);
    }
    return cells;
  }

  @Test
  void minimalRowGetsDefaults() {
    Listing l = valid(row());
    assertThat(l.kind()).isEqualTo(Kind.PROVIDER);
    assertThat(l.status()).isEqualTo(Status.PUBLISHED);
    assertThat(l.updatedAt()).isEqualTo(FILE_TIME);
    assertThat(l.createdAt()).isEqualTo(FILE_TIME);
    assertThat(l.source()).isEqualTo("import:test.csv");
  }

  @Test
  void requiredFieldsAreEachReported() {
    Map<Column, String> cells = new EnumMap<>(Column.class);
    assertThat(problems(cells))
        .extracting(Problem::field)
        .containsExactlyInAnyOrder("kind", "name_en", "org_type", "country");
  }

  @Test
  void serviceLabelsAndSynonymsInBothLanguagesMapToCodes() {
    Listing l = valid(with(Column.SERVICES, "商标注册|Trademark registration;trademarks、专利"));
    assertThat(l.services()).containsExactly("trademark", "patent");
  }

  @Test
  void unknownTaxonomyValuesAreEachReported() {
    assertThat(problems(with(Column.SERVICES, "trademark|knitting|juggling")))
        .extracting(Problem::reason)
        .containsExactly("unknown services value: knitting", "unknown services value: juggling");
  }

  @Test
  void countryByChineseOrEnglishNameAndOutsideTheNetworkRejected() {
    assertThat(valid(with(Column.COUNTRY, "德国")).location().country()).isEqualTo("DE");
    assertThat(valid(with(Column.COUNTRY, "Germany")).location().country()).isEqualTo("DE");
    assertThat(problems(with(Column.COUNTRY, "Atlantis")))
        .containsExactly(new Problem("country", "not a country of the network: Atlantis"));
  }

  @Test
  void phoneBecomesE164WithTheCountryAsDefaultRegion() {
    assertThat(valid(with(Column.PHONE, "089 1234 5678")).contacts().phone())
        .isEqualTo("+498912345678");
    assertThat(valid(with(Column.PHONE, "+86 10 8888 6666")).contacts().phone())
        .isEqualTo("+861088886666");
    assertThat(problems(with(Column.PHONE, "call us")))
        .extracting(Problem::field)
        .containsExactly("phone");
  }

  @Test
  void websiteGetsHttpsAndMustBeHttpWithAHost() {
    assertThat(valid(with(Column.WEBSITE, "WWW.Example.DE/en")).contacts().website())
        .isEqualTo("https://www.example.de/en");
    assertThat(valid(with(Column.WEBSITE, "http://example.de")).contacts().website())
        .isEqualTo("http://example.de");
    assertThat(problems(with(Column.WEBSITE, "ftp://example.de")))
        .extracting(Problem::field)
        .containsExactly("website");
    assertThat(problems(with(Column.WEBSITE, "https://localhost")))
        .extracting(Problem::field)
        .containsExactly("website");
  }

  @Test
  void emailIsCheckedAndItsDomainLowerCased() {
    assertThat(valid(with(Column.EMAIL, "mailto:Info@Example.DE")).contacts().email())
        .isEqualTo("Info@example.de");
    assertThat(problems(with(Column.EMAIL, "info@")))
        .extracting(Problem::field)
        .containsExactly("email");
  }

  @Test
  void fullWidthCharactersAndStrayWhitespaceAreCleaned() {
    Listing l = valid(with(Column.NAME_EN, "  Ｅｘａｍｐｌｅ\u00a0 ＩＰ  "));
    assertThat(l.name().en()).isEqualTo("Example IP");
  }

  @Test
  void coordinatesMustBeInRangeAndTogether() {
    Map<Column, String> ok = with(Column.LAT, "48.1");
    ok.put(Column.LON, "11.5");
    assertThat(valid(ok).location().geo().lon()).isEqualTo(11.5);
    Map<Column, String> bad = with(Column.LAT, "91");
    bad.put(Column.LON, "11.5");
    assertThat(problems(bad))
        .containsExactly(new Problem("lat", "latitude out of range -90..90: 91.0"));
    assertThat(problems(with(Column.LON, "11.5")))
        .extracting(Problem::field)
        .containsExactly("lat");
    assertThat(problems(with(Column.LON, "east")))
        .extracting(Problem::reason)
        .containsExactly("not a number: east");
  }

  @Test
  void aRowWithSeveralErrorsListsEach() {
    Map<Column, String> cells = with(Column.EMAIL, "nope");
    cells.put(Column.PHONE, "x");
    cells.put(Column.STATUS, "gone");
    assertThat(problems(cells))
        .extracting(Problem::field)
        .containsExactly("email", "phone", "status");
  }

  @Test
  void statusAcceptsCodesAndChineseLabels() {
    assertThat(valid(with(Column.STATUS, "草稿")).status()).isEqualTo(Status.DRAFT);
    assertThat(valid(with(Column.STATUS, "In review")).status()).isEqualTo(Status.IN_REVIEW);
  }

  @Test
  void ownIdIsCleanedAndCleaningTwiceChangesNothing() {
    String once = valid(with(Column.ID, " ACME / 42 ")).id();
    assertThat(once).isEqualTo("ACME-42");
    assertThat(valid(with(Column.ID, once)).id()).isEqualTo(once);
  }

  @Test
  void idNamespacePrefixesOwnIdsOnce() {
    RowValidator.Defaults ns = new RowValidator.Defaults(FILE_TIME, "s", "cnipa");
    Listing l = validator.validate(new SourceRow("f", 1, row(), List.of()), ns).listing();
    assertThat(l.id()).isEqualTo("cnipa:firm-1");
    Map<Column, String> again = with(Column.ID, l.id());
    assertThat(validator.validate(new SourceRow("f", 1, again, List.of()), ns).listing().id())
        .isEqualTo("cnipa:firm-1");
  }

  @Test
  void derivedIdDependsOnNormalisedNameCountryAndWebsiteOnly() {
    Map<Column, String> a = with(Column.ID, null);
    a.put(Column.WEBSITE, "https://www.example.de");
    Map<Column, String> b = with(Column.ID, null);
    b.put(Column.NAME_EN, " EXAMPLE  ip ");
    b.put(Column.WEBSITE, "example.de/about");
    b.put(Column.CITY, "Munich");
    assertThat(valid(a).id()).isEqualTo(valid(b).id()).hasSize(36);
    Map<Column, String> other = with(Column.ID, null);
    other.put(Column.COUNTRY, "FR");
    assertThat(valid(other).id()).isNotEqualTo(valid(a).id());
  }

  @Test
  void datesAndOwnUpdatedAt() {
    Map<Column, String> cells = with(Column.UPDATED_AT, "2025-05-06T07:08:09Z");
    cells.put(Column.CREATED_AT, "2024-01-01");
    cells.put(Column.LAST_VERIFIED, "2025/5/6");
    cells.put(Column.VERIFIED_BY, "staff");
    Listing l = valid(cells);
    assertThat(l.updatedAt()).isEqualTo(Instant.parse("2025-05-06T07:08:09Z"));
    assertThat(l.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(l.verification().lastVerified()).isEqualTo(LocalDate.of(2025, 5, 6));
  }

  @Test
  void workstationFieldsOnlyOnWorkstations() {
    Map<Column, String> ws = with(Column.KIND, "工作站");
    ws.put(Column.HOST_ORGANISATION, "Chamber");
    ws.put(Column.COVERED_COUNTRIES, "德国|FR");
    ws.put(Column.FOCUS_INDUSTRIES, "汽车");
    Listing l = valid(ws);
    assertThat(l.workstation().coveredCountries()).containsExactly("DE", "FR");
    assertThat(l.workstation().focusIndustries()).containsExactly("automotive");
    assertThat(problems(with(Column.HOST_ORGANISATION, "Chamber")))
        .extracting(Problem::field)
        .containsExactly("host_organisation");
  }

  @Test
  void readerProblemsRejectTheRow() {
    SourceRow bad = SourceRow.unreadable("x.ndjson", 3, "invalid JSON: oops");
    assertThat(validator.validate(bad, DEFAULTS).problems())
        .containsExactly(new Problem("row", "invalid JSON: oops"));
  }

  @Test
  void textLongerThanItsLimitIsReportedWithTheLimitAndTheLength() {
    assertThat(problems(with(Column.NAME_EN, "A".repeat(TextLimits.NAME))))
        .as("exactly at the limit")
        .isEmpty();
    assertThat(problems(with(Column.NAME_EN, "A".repeat(TextLimits.NAME + 1))))
        .containsExactly(new Problem("name_en", "longer than 200 characters (201)"));
    // Characters, not UTF-16 units or bytes: 200 CJK characters (some outside the BMP) fit.
    assertThat(problems(with(Column.NAME_ZH, "𠀀".repeat(TextLimits.NAME)))).isEmpty();
    Map<Column, String> cells = with(Column.DESCRIPTION_ZH, "说".repeat(TextLimits.DESCRIPTION + 5));
    cells.put(Column.ADDRESS, "x".repeat(TextLimits.ADDRESS + 1));
    assertThat(problems(cells))
        .extracting(Problem::field)
        .containsExactlyInAnyOrder("description_zh", "address");
  }
}
