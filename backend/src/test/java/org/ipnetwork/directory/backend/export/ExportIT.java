package org.ipnetwork.directory.backend.export;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipnetwork.directory.backend.elasticsearch.Queries;
import org.ipnetwork.directory.backend.staff.StaffApi;
import org.ipnetwork.directory.columns.Column;
import org.ipnetwork.directory.columns.FlatListing;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.listing.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Exports of the fixture through the API, read back as import reads them and compared with the
 * listings the index holds (other tests of this JVM edit the fixture, so the index, not the fixture
 * file, is what an export must match).
 */
class ExportIT extends StaffApi {

  /** Between the fixture's own update times (00:00:00 … 00:00:13): about half of it. */
  private static final String SINCE = "2026-06-01T00:00:07Z";

  @Autowired ElasticsearchClient client;

  private byte[] export(Cookies who, String query, ExportFormat format) {
    EntityExchangeResult<byte[]> r =
        request(
                HttpMethod.GET,
                "/api/v1/admin/exports?format=" + format.extension() + "&" + query,
                who,
                false)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(format.mediaType())
            .expectBody()
            .returnResult();
    assertThat(r.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment; filename=\"listings_")
        .endsWith("." + format.extension() + "\"");
    return r.getResponseBody() == null ? new byte[0] : r.getResponseBody();
  }

  /** The published copies (any exportable status) a filter finds, straight from the index. */
  private Map<String, Listing> indexed(Query filter) throws IOException {
    Query exportable =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(filter)
                            .filter(
                                Queries.terms(
                                    "status", List.of("published", "suspended", "archived")))));
    return client
        .search(s -> s.index(ListingIndex.ALIAS).query(exportable).size(1000), Listing.class)
        .hits()
        .hits()
        .stream()
        .map(Hit::source)
        .collect(Collectors.toMap(Listing::id, Function.identity()));
  }

  private static Query country(String code) {
    return Query.of(q -> q.term(t -> t.field("location.country").value(code)));
  }

  private static Query since(String instant) {
    return Query.of(q -> q.range(r -> r.date(d -> d.field("updatedAt").gte(instant))));
  }

  private List<Map<Column, String>> rows(ExportFormat format, byte[] body) throws IOException {
    return switch (format) {
      case CSV -> ExportedFiles.csv(body);
      case XLSX -> ExportedFiles.xlsx(body);
      case NDJSON -> ExportedFiles.ndjson(body).stream().map(FlatListing::cells).toList();
    };
  }

  /** Each exported row is the indexed listing of its id, cell for cell, and none is missing. */
  private void assertSame(List<Map<Column, String>> rows, Map<String, Listing> expected) {
    assertThat(rows.stream().map(r -> r.get(Column.ID)))
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map<Column, String> row : rows) {
      assertThat(row).isEqualTo(FlatListing.cells(expected.get(row.get(Column.ID))));
    }
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void byCountryInEachFormat(ExportFormat format) throws IOException {
    Map<String, Listing> germany = indexed(country("DE"));
    assertThat(germany).hasSizeGreaterThanOrEqualTo(5);

    byte[] body = export(signIn(EDITOR), "country=DE", format);

    assertSame(rows(format, body), germany);
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void byUpdateTimeInEachFormat(ExportFormat format) throws IOException {
    Map<String, Listing> recent = indexed(since(SINCE));
    Map<String, Listing> all = indexed(Query.of(q -> q.matchAll(m -> m)));
    assertThat(recent).isNotEmpty().hasSizeLessThan(all.size());

    byte[] body = export(signIn(REVIEWER), "updatedSince=" + SINCE, format);

    assertSame(rows(format, body), recent);
  }

  @Test
  void ndjsonLinesAreTheCanonicalListings() throws IOException {
    Map<String, Listing> france = indexed(country("FR"));

    List<Listing> exported =
        ExportedFiles.ndjson(export(signIn(EDITOR), "country=FR", ExportFormat.NDJSON));

    assertThat(exported).containsExactlyInAnyOrderElementsOf(france.values());
  }

  @Test
  void severalValuesOfAFacetAndSeveralFacets() throws IOException {
    Map<String, Listing> expected =
        indexed(
            Query.of(
                q ->
                    q.bool(
                        b ->
                            b.filter(
                                    f -> f.bool(o -> o.should(country("DE")).should(country("FR"))))
                                .filter(t -> t.term(k -> k.field("kind").value("provider"))))));

    byte[] body = export(signIn(EDITOR), "country=DE,FR&kind=provider", ExportFormat.CSV);

    assertSame(ExportedFiles.csv(body), expected);
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasGetAnApostropheInCsvAndStayTextInXlsx()
      throws IOException {
    int phone = Column.PHONE.ordinal();
    List<List<String>> raw =
        ExportedFiles.rawCsv(export(signIn(EDITOR), "country=DE", ExportFormat.CSV));
    List<String> phones = raw.stream().map(r -> r.get(phone)).filter(p -> !p.isEmpty()).toList();
    assertThat(phones).isNotEmpty().allMatch(p -> p.startsWith("'+"));

    // Read back, a cell is text (never a formula) and without the apostrophe.
    List<Map<Column, String>> xlsx =
        ExportedFiles.xlsx(export(signIn(EDITOR), "country=DE", ExportFormat.XLSX));
    assertThat(xlsx.stream().map(r -> r.get(Column.PHONE)).filter(p -> p != null))
        .isNotEmpty()
        .allMatch(p -> p.startsWith("+"));
  }

  @Test
  void aScopedMemberExportsOnlyInsideTheScope() throws IOException {
    Cookies scoped = signIn(SCOPED_EDITOR);

    assertSame(ExportedFiles.csv(export(scoped, "", ExportFormat.CSV)), indexed(country("DE")));
    assertThat(ExportedFiles.csv(export(scoped, "country=FR", ExportFormat.CSV))).isEmpty();
    assertThat(ExportedFiles.ndjson(export(scoped, "country=FR,DE", ExportFormat.NDJSON)))
        .allMatch(l -> l.location().country().equals("DE"))
        .isNotEmpty();
    assertThat(count(scoped, "country=FR")).isZero();
    assertThat(count(scoped, "")).isEqualTo(indexed(country("DE")).size());
  }

  @Test
  void theCountIsWhatTheExportHolds() throws IOException {
    Cookies editor = signIn(EDITOR);

    assertThat(count(editor, "country=DE")).isEqualTo(indexed(country("DE")).size());
    assertThat(count(editor, "updatedSince=" + SINCE)).isEqualTo(indexed(since(SINCE)).size());
  }

  private long count(Cookies who, String query) {
    return request(HttpMethod.GET, "/api/v1/admin/exports/count?" + query, who, false)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(ExportController.ExportCount.class)
        .returnResult()
        .getResponseBody()
        .count();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "format=pdf, format",
    "country=XX, country",
    "region=nowhere, region",
    "kind=shop, kind",
    "service=juggling, service",
    "status=draft, status",
    "updatedSince=yesterday, updatedSince",
    "updatedSince=2026-13-01, updatedSince"
  })
  void badParametersAreProblemsNamingTheParameter(String query, String parameter) {
    request(HttpMethod.GET, "/api/v1/admin/exports?" + query, signIn(EDITOR), false)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.parameter")
        .isEqualTo(parameter);
  }

  @Test
  void withoutASessionThereIsNoExport() {
    request(HttpMethod.GET, "/api/v1/admin/exports?country=DE", anonymous(), false)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void theFileNameSaysTheChoiceAndTheDay() {
    EntityExchangeResult<byte[]> r =
        request(
                HttpMethod.GET,
                "/api/v1/admin/exports?format=xlsx&country=DE&status=published&updatedSince=2026-06-01",
                signIn(EDITOR),
                false)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult();

    assertThat(r.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo(
            "attachment; filename=\"listings_country-DE_status-published_since-2026-06-01T000000Z_"
                + java.time.LocalDate.now(clock)
                + ".xlsx\"");
  }
}
