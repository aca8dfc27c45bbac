package org.ipnetwork.directory.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ipnetwork.directory.backend.FixtureApi;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Slow and idle connections are closed (slowloris: half-sent requests used to be held for as long
 * as the client liked), while other connections are served meanwhile. Short limits here; the
 * defaults are in application.yml and the README.
 */
@TestPropertySource(
    properties = {"directory.http.request-header-timeout=1s", "server.netty.idle-timeout=3s"})
class SlowRequestsIT extends FixtureApi {

  @Test
  void halfARequestLineIsAnswered408AndClosedWhileOthersAreServed() throws Exception {
    try (Socket slow = new Socket("localhost", serverPort())) {
      slow.setSoTimeout(15_000);
      long start = System.nanoTime();
      slow.getOutputStream().write("GET /api/v1/sea".getBytes(StandardCharsets.US_ASCII));
      slow.getOutputStream().flush();

      // Another connection is served while the slow one waits.
      http().get().uri("/api/v1/search?size=1").exchange().expectStatus().isOk();

      RawHttp.Answer answer = RawHttp.parse(RawHttp.readAll(slow.getInputStream()), false);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.body()).contains("https://ip-directory.example/problems/request-timeout");
      assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(4));
    }
  }

  /** A byte every 300 ms resets an idle timeout for ever; the head's own deadline does not move. */
  @Test
  void aHeadSentByteByByteIsCutOffAtItsDeadline() throws Exception {
    try (Socket slow = new Socket("localhost", serverPort())) {
      slow.setSoTimeout(15_000);
      OutputStream out = slow.getOutputStream();
      long start = System.nanoTime();
      byte[] head =
          "GET /api/v1/search HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaa"
              .getBytes(StandardCharsets.US_ASCII);
      boolean cut = false;
      for (byte b : head) {
        try {
          out.write(b);
          out.flush();
        } catch (java.io.IOException e) {
          cut = true;
          break;
        }
        Thread.sleep(300);
        if (Duration.ofNanos(System.nanoTime() - start).toSeconds() > 6) {
          break;
        }
      }
      InputStream in = slow.getInputStream();
      byte[] answer = RawHttp.readAll(in);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(cut || answer.length > 0).isTrue();
      assertThat(new String(answer, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 408");
      assertThat(took).isLessThan(Duration.ofSeconds(6));
    }
  }

  @Test
  void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws Exception {
    try (Socket idle = new Socket("localhost", serverPort())) {
      idle.setSoTimeout(15_000);
      long start = System.nanoTime();
      assertThat(idle.getInputStream().read()).isEqualTo(-1);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(8));
    }
  }

  @Test
  void aKeptAliveConnectionServesSeveralRequests() throws Exception {
    try (Socket socket = new Socket("localhost", serverPort())) {
      socket.setSoTimeout(15_000);
      for (int i = 0; i < 3; i++) {
        socket
            .getOutputStream()
            .write(
                "GET /api/v1/taxonomies HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        String line = statusLine(socket.getInputStream());
        assertThat(line).startsWith("HTTP/1.1 200");
        drain(socket.getInputStream());
        // Waiting between requests longer than the head's deadline is idling, not slowness.
        Thread.sleep(1500);
      }
    }
  }

  private static String statusLine(InputStream in) throws Exception {
    StringBuilder line = new StringBuilder();
    for (int c; (c = in.read()) != '\n'; ) {
      line.append((char) c);
    }
    return line.toString().trim();
  }

  /** Reads the rest of one answer (header fields, then a chunked or sized body). */
  private static void drain(InputStream in) throws Exception {
    int length = -1;
    boolean chunked = false;
    for (String line; !(line = readLine(in)).isEmpty(); ) {
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring(15).trim());
      }
      if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (int size; (size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) > 0; ) {
        in.readNBytes(size + 2);
      }
      readLine(in);
    } else if (length > 0) {
      in.readNBytes(length);
    }
  }

  private static String readLine(InputStream in) throws Exception {
    StringBuilder line = new StringBuilder();
    for (int c; (c = in.read()) != '\n'; ) {
      if (c < 0) {
        throw new IllegalStateException("closed");
      }
      line.append((char) c);
    }
    return line.toString().trim();
  }
}
