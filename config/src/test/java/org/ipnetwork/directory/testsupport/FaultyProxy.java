package org.ipnetwork.directory.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * An HTTP proxy in front of the test node that breaks a chosen number of {@code _bulk} requests,
 * for fault-injection tests of the write path, or holds every request as a stalled node would.
 * Everything else passes through unchanged.
 *
 * <p>It can also play a secured cluster (the embedded distribution has no security module): HTTPS
 * with a certificate of its own and a required {@code Authorization} header, answered 401 like
 * Elasticsearch when it is missing or wrong.
 */
public final class FaultyProxy implements AutoCloseable {

  /** What happens to a broken bulk request. */
  public enum Fault {
    /** 503 with an Elasticsearch-shaped error body: the whole request failed. */
    SERVICE_UNAVAILABLE,
    /** The connection is closed before any answer: the client cannot know what landed. */
    DROP_CONNECTION,
    /** The request lands, but the client hears 503: re-sends must not duplicate or regress. */
    ANSWER_LOST,
    /** 200, but every item refused with 429, as a node whose write queue is full answers. */
    TOO_MANY_REQUESTS_PER_ITEM
  }

  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");
  private static final Pattern ID = Pattern.compile("\"_id\"\\s*:\\s*\"([^\"]*)\"");

  private final URI target;
  private final HttpServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger bulkRequests = new AtomicInteger();
  private final AtomicInteger faultsLeft = new AtomicInteger();
  private final AtomicInteger faultsInjected = new AtomicInteger();
  private final String requiredAuthorization;
  private volatile Fault fault = Fault.SERVICE_UNAVAILABLE;
  private volatile CountDownLatch stalled = new CountDownLatch(0);
  private volatile String stalledOnly;
  private final AtomicInteger held = new AtomicInteger();

  private FaultyProxy(URI target, SSLContext tls, String requiredAuthorization) throws IOException {
    this.target = target;
    this.requiredAuthorization = requiredAuthorization;
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      this.server = HttpServer.create(loopback, 0);
    } else {
      HttpsServer https = HttpsServer.create(loopback, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      this.server = https;
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** A proxy on a free loopback port in front of {@code target}. */
  public static FaultyProxy inFrontOf(URI target) {
    return start(target, null, null);
  }

  /**
   * A secured cluster's front: HTTPS with {@code tls}'s certificate, and every request must carry
   * {@code Authorization: requiredAuthorization}.
   */
  public static FaultyProxy securedInFrontOf(
      URI target, SSLContext tls, String requiredAuthorization) {
    return start(target, tls, requiredAuthorization);
  }

  private static FaultyProxy start(URI target, SSLContext tls, String requiredAuthorization) {
    try {
      return new FaultyProxy(target, tls, requiredAuthorization);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri() {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Breaks the next {@code count} bulk requests ({@link Integer#MAX_VALUE}: all of them). */
  public void breakBulks(Fault fault, int count) {
    this.fault = fault;
    faultsLeft.set(count);
  }

  /**
   * Holds every request from now on without an answer, as a node stopped with SIGSTOP does: the
   * connection is accepted, nothing comes back. Until {@link #resume}.
   */
  public void stall() {
    stallMatching(null);
  }

  /**
   * Holds only the requests whose path or body contains {@code text} ({@code null}: every one), as
   * a node busy with those would; the others pass. Until {@link #resume}.
   */
  public void stallMatching(String text) {
    stalledOnly = text;
    if (stalled.getCount() == 0) {
      stalled = new CountDownLatch(1);
    }
  }

  /** Requests being held now. */
  public int held() {
    return held.get();
  }

  /** Lets held and new requests through again. */
  public void resume() {
    stalled.countDown();
  }

  /** Bulk requests seen, broken or not. */
  public int bulkRequests() {
    return bulkRequests.get();
  }

  public int faultsInjected() {
    return faultsInjected.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      CountDownLatch latch = stalled;
      if (latch.getCount() > 0 && holds(exchange, body)) {
        held.incrementAndGet();
        try {
          latch.await();
        } finally {
          held.decrementAndGet();
        }
      }
      if (requiredAuthorization != null
          && !requiredAuthorization.equals(
              exchange.getRequestHeaders().getFirst("Authorization"))) {
        respond(
            exchange,
            401,
            "{\"error\":{\"type\":\"security_exception\",\"reason\":\"unable to authenticate\"},"
                + "\"status\":401}");
        return;
      }
      boolean bulk = exchange.getRequestURI().getPath().endsWith("/_bulk");
      if (bulk) {
        bulkRequests.incrementAndGet();
      }
      if (bulk && faultsLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        faultsInjected.incrementAndGet();
        switch (fault) {
          case SERVICE_UNAVAILABLE ->
              respond(
                  exchange,
                  503,
                  "{\"error\":{\"type\":\"unavailable_shards_exception\",\"reason\":\"injected\"},"
                      + "\"status\":503}");
          case DROP_CONNECTION -> {
            // Closing without response headers makes the server close the connection.
          }
          case ANSWER_LOST -> {
            forward(exchange, body, false);
            respond(
                exchange,
                503,
                "{\"error\":{\"type\":\"node_disconnected_exception\",\"reason\":\"injected\"},"
                    + "\"status\":503}");
          }
          case TOO_MANY_REQUESTS_PER_ITEM -> respond(exchange, 200, allRejected(body));
        }
        return;
      }
      forward(exchange, body, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean holds(HttpExchange exchange, byte[] body) {
    String only = stalledOnly;
    return only == null
        || exchange.getRequestURI().toString().contains(only)
        || new String(body, StandardCharsets.UTF_8).contains(only);
  }

  private void forward(HttpExchange exchange, byte[] body, boolean answer)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase())
                  && !name.equalsIgnoreCase("authorization")) {
                values.forEach(v -> request.header(name, v));
              }
            });
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (!answer) {
      return;
    }
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
              }
            });
    byte[] out = response.body();
    exchange.sendResponseHeaders(response.statusCode(), out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(out);
      }
    }
  }

  /** A bulk answer refusing every item of the request with 429. */
  private static String allRejected(byte[] body) {
    String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
    List<String> items = new ArrayList<>();
    for (int i = 0; i < lines.length; i += 2) {
      Matcher id = ID.matcher(lines[i]);
      items.add(
          "{\"index\":{\"_index\":\"listings\",\"_id\":\""
              + (id.find() ? id.group(1) : "")
              + "\",\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\","
              + "\"reason\":\"injected\"}}}");
    }
    return "{\"took\":1,\"errors\":true,\"items\":[" + String.join(",", items) + "]}";
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] out = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-elastic-product", "Elasticsearch");
    exchange.sendResponseHeaders(status, out.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(out);
    }
  }

  @Override
  public void close() {
    resume();
    server.stop(0);
  }
}
