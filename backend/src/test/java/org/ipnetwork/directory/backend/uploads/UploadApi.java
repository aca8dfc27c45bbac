package org.ipnetwork.directory.backend.uploads;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipnetwork.directory.backend.editing.EditingApi;
import org.junit.jupiter.api.AfterEach;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the upload ITs: files built in the test (CSV as text, XLSX with POI), uploaded as the
 * page does, and waited for. Rows carry {@code source} "workplace", so that the editing ITs'
 * clean-up removes the listings they become; the uploads themselves are removed here.
 */
abstract class UploadApi extends EditingApi {

  static final String UPLOADS = "/api/v1/admin/uploads";

  static final String HEADER =
      "id,kind,name_en,name_zh,org_type,country,city,services,website,email,source";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @AfterEach
  void removeUploads() throws IOException {
    String alias = UploadIndexes.INDEX.alias();
    List<String> ids =
        elasticsearch
            .search(
                s ->
                    s.index(alias)
                        .query(q -> q.matchAll(m -> m))
                        .source(src -> src.fetch(false))
                        .size(10_000),
                Void.class)
            .hits()
            .hits()
            .stream()
            .map(h -> h.id())
            .toList();
    if (!ids.isEmpty()) {
      elasticsearch.bulk(
          b -> {
            ids.forEach(id -> b.operations(o -> o.delete(d -> d.index(alias).id(id))));
            return b.refresh(Refresh.True);
          });
    }
  }

  /** One CSV line of a law firm (cells must hold no comma). */
  static String row(
      String id, String name, String country, String city, String website, String email) {
    return String.join(
        ",",
        id,
        "provider",
        name,
        "测试" + name,
        "law_firm",
        country,
        city,
        "trademark",
        website,
        email,
        "workplace");
  }

  static byte[] csv(String... rows) {
    return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The same rows as an XLSX workbook, built here with POI. */
  static byte[] xlsx(String... rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("listings");
      String[] all = new String[rows.length + 1];
      all[0] = HEADER;
      System.arraycopy(rows, 0, all, 1, rows.length);
      for (int r = 0; r < all.length; r++) {
        XSSFRow row = sheet.createRow(r);
        String[] cells = all[r].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  /** An answer to an upload: status and the body as JSON. */
  record Reply(int status, JsonNode body, String raw) {}

  /** {@code POST /api/v1/admin/uploads} with the file as the page sends it. */
  Reply upload(Cookies cookies, String fileName, byte[] bytes) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part(
            "file",
            new ByteArrayResource(bytes) {
              @Override
              public String getFilename() {
                return fileName;
              }
            })
        .filename(fileName);
    EntityExchangeResult<byte[]> r =
        request(HttpMethod.POST, UPLOADS, cookies, true)
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(BodyInserters.fromMultipartData(body.build()))
            .exchange()
            .expectBody()
            .returnResult();
    String raw =
        r.getResponseBody() == null ? "" : new String(r.getResponseBody(), StandardCharsets.UTF_8);
    return new Reply(
        r.getStatus().value(), raw.isEmpty() ? JSON.missingNode() : JSON.readTree(raw), raw);
  }

  /** Uploads and waits for the dry run; fails the test unless it was checked. */
  JsonNode checked(Cookies cookies, String fileName, byte[] bytes) {
    Reply started = upload(cookies, fileName, bytes);
    if (started.status() != 202) {
      throw new AssertionError("upload: " + started);
    }
    return await(cookies, started.body().get("id").asString(), "checked");
  }

  Answer apply(Cookies cookies, String id, String mode) {
    return send(
        HttpMethod.POST,
        UPLOADS + "/" + id + "/apply",
        cookies,
        null,
        java.util.Map.of("mode", mode));
  }

  /**
   * The upload once it is in {@code state} (or failed: then the test fails). A wait, not a
   * measurement: a loaded build machine may take long.
   */
  JsonNode await(Cookies cookies, String id, String state) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      Answer a = get(UPLOADS + "/" + id, cookies);
      String now = a.body().path("state").asString();
      if (now.equals(state)) {
        return a.body();
      }
      if (now.equals("failed")) {
        throw new AssertionError("upload failed: " + a);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("upload " + id + " never became " + state);
  }
}
