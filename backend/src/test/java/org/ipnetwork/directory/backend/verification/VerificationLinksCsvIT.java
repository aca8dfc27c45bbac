package org.ipnetwork.directory.backend.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Without mail configured (no {@code spring.mail.host}): the queue says so, asking by mail is a
 * 409, and the links come as a CSV file for a mail merge (UTF-8 with BOM, formula-safe cells), each
 * link working and each listing recorded as asked.
 */
class VerificationLinksCsvIT extends EditingApi {

  private static final String QUEUE = ProviderVerificationIT.QUEUE;

  @Test
  void withoutMailTheLinksComeAsCsv() throws Exception {
    Map<String, Object> formula = newListing("AT");
    formula.put("name", Map.of("en", "=HYPERLINK(\"http://x.example\") Firm", "zh", "公式律所"));
    formula.put("contacts", Map.of("email", "office@formula.example"));
    String first = published(formula);
    String second = published(newListing("AT"));

    Answer queue = get(QUEUE + "?country=AT", session(EDITOR));
    assertThat(queue.body().get("mail").asBoolean()).isFalse();
    assertThat(ProviderVerificationIT.ids(queue)).contains(first, second);

    Answer byMail =
        send(HttpMethod.POST, QUEUE + "/requests", session(EDITOR), null, Map.of("country", "AT"));
    assertThat(byMail.status()).as(byMail.toString()).isEqualTo(409);
    assertThat(byMail.body().get("parameter").asString()).isEqualTo("mail");

    EntityExchangeResult<byte[]> csv =
        request(HttpMethod.POST, QUEUE + "/links.csv", session(EDITOR), true)
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("country", "AT"))
            .exchange()
            .expectBody()
            .returnResult();
    assertThat(csv.getStatus().value()).isEqualTo(200);
    assertThat(csv.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
    byte[] bytes = csv.getResponseBody();
    assertThat(Arrays.copyOf(bytes, 3))
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> rows = CSVFormat.EXCEL.parse(new java.io.StringReader(text)).getRecords();
    assertThat(rows.get(0).toList()).isEqualTo(LinksCsv.COLUMNS);
    CSVRecord row = rows.stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
    assertThat(row.get(2)).isEqualTo("'=HYPERLINK(\"http://x.example\") Firm");
    assertThat(row.get(1)).isEqualTo("公式律所");
    assertThat(row.get(4)).isEqualTo("office@formula.example");
    assertThat(rows.stream().map(r -> r.get(0))).contains(second);

    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(row.get(5) + "?lang=en")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Please check your listing");

    assertThat(
            ProviderVerificationIT.hit(get(QUEUE + "?country=AT", session(EDITOR)), first)
                .at("/lastAsked/channel")
                .asString())
        .isEqualTo("csv");
  }
}
