package org.ipnetwork.directory.backend.export;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Scanner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.backend.elasticsearch.ElasticsearchGateway;
import org.ipnetwork.directory.backend.export.ListingPages.Page;
import org.ipnetwork.directory.index.ListingDocuments;
import org.ipnetwork.directory.index.ManagedIndex;
import org.ipnetwork.directory.listing.Listing;
import org.ipnetwork.directory.taxonomy.Taxonomies;
import org.ipnetwork.directory.testsupport.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export of 20,000 generated listings, from an index of their own (behind an alias other tests
 * never read), in pages of {@link #PAGE}: every listing arrives once, each page is one search and
 * one buffer, and a download that takes nothing makes the export read nothing more.
 */
class ExportStreamingIT {

  private static final int LISTINGS = 20_000;
  private static final int PAGE = 500;

  /** Listings per bulk request: small enough for a loaded build machine's 10 s socket timeout. */
  private static final int BATCH = 500;

  private static final ManagedIndex INDEX =
      new ManagedIndex("export-streaming-it", 1, "elasticsearch/listings-index.json");

  private static ElasticsearchClient client;
  private static String index;

  @BeforeAll
  static void generate() throws IOException {
    client = TestElasticsearch.clients().client();
    index = INDEX.ensureExists(client, Clock.systemUTC());
    Listing template;
    try (InputStream in = ExportStreamingIT.class.getResourceAsStream("/fixture/listings.ndjson")) {
      String first =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().get();
      template = JsonMapper.builder().build().readValue(first, Listing.class);
    }
    ListingDocuments documents = new ListingDocuments(Taxonomies.bundled());
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int from = 0; from < LISTINGS; from += BATCH) {
      BulkRequest.Builder bulk = new BulkRequest.Builder().index(INDEX.alias());
      for (int i = from; i < from + BATCH; i++) {
        Listing listing =
            template.withId(String.format("gen-%05d", i)).withUpdatedAt(start.plusSeconds(i));
        bulk.operations(o -> o.index(x -> x.id(listing.id()).document(documents.of(listing))));
      }
      assertThat(client.bulk(bulk.build()).errors()).isFalse();
    }
    client.indices().refresh(r -> r.index(INDEX.alias()));
  }

  @AfterAll
  static void drop() throws IOException {
    if (index != null) {
      client.indices().delete(d -> d.index(index));
    }
  }

  private static ListingPages pages() {
    return new ListingPages(
        new ElasticsearchGateway(TestElasticsearch.clients().asyncClient(), Duration.ofSeconds(30)),
        INDEX.alias(),
        PAGE,
        Duration.ofMinutes(1));
  }

  private static ExportCriteria all() {
    return ExportCriteria.parse(new LinkedMultiValueMap<>(), Taxonomies.bundled());
  }

  @Test
  void everyListingOnceInPagesOfBoundedSizeOneSearchEach() {
    ListingPages pages = pages();
    AtomicLong lines = new AtomicLong();
    AtomicInteger buffers = new AtomicInteger();
    AtomicInteger largest = new AtomicInteger();

    Flux<DataBuffer> csv =
        ExportWriter.write(
            ExportFormat.CSV,
            pages.pages(all().query(Scope.NONE)),
            DefaultDataBufferFactory.sharedInstance,
            Schedulers.boundedElastic()::schedule);
    csv.doOnNext(
            b -> {
              buffers.incrementAndGet();
              String text = b.toString(StandardCharsets.UTF_8);
              long listings = text.lines().filter(l -> l.startsWith("\"gen-")).count();
              lines.addAndGet(listings);
              largest.accumulateAndGet((int) listings, Math::max);
              DataBufferUtils.release(b);
            })
        .blockLast(Duration.ofMinutes(5));

    assertThat(lines).hasValue(LISTINGS);
    // 40 full pages, then the empty one that tells the export it is over.
    assertThat(pages.roundTrips()).isEqualTo(LISTINGS / PAGE + 1);
    assertThat(buffers).hasValue(LISTINGS / PAGE + 1);
    assertThat(largest).hasValue(PAGE);
  }

  @Test
  void aDownloadThatTakesNothingMoreMakesTheExportReadNothingMore() {
    ListingPages pages = pages();
    Flux<Page> flux = pages.pages(all().query(Scope.NONE));

    StepVerifier.create(flux, 3)
        .expectNextMatches(p -> p.listings().size() == PAGE)
        .expectNextMatches(p -> p.listings().size() == PAGE)
        .expectNextMatches(p -> p.listings().size() == PAGE)
        .expectNoEvent(Duration.ofMillis(500))
        .then(() -> assertThat(pages.roundTrips()).isBetween(3L, 4L))
        .thenCancel()
        .verify(Duration.ofMinutes(1));
  }

  @Test
  void xlsxOfTheWholeNetworkHasEveryRow() throws IOException {
    ListingPages pages = pages();
    byte[] xlsx =
        DataBufferUtils.join(
                ExportWriter.write(
                    ExportFormat.XLSX,
                    pages.pages(all().query(Scope.NONE)),
                    DefaultDataBufferFactory.sharedInstance,
                    Schedulers.boundedElastic()::schedule))
            .map(
                b -> {
                  byte[] bytes = new byte[b.readableByteCount()];
                  b.read(bytes);
                  DataBufferUtils.release(b);
                  return bytes;
                })
            .block(Duration.ofMinutes(5));

    assertThat(pages.roundTrips()).isEqualTo(LISTINGS / PAGE + 1);
    // Counted in the sheet's XML as it streams by: a workbook of 20,000 rows is not read whole.
    Path file = Files.createTempFile("export", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile());
          Scanner rows =
              new Scanner(
                  zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")),
                  StandardCharsets.UTF_8)) {
        assertThat(rows.findAll("<row ").count()).isEqualTo(LISTINGS + 1);
      }
    } finally {
      Files.delete(file);
    }
  }
}
