package org.ipnetwork.directory.backend.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.ipnetwork.directory.elasticsearch.ElasticsearchClients;

/**
 * An Elasticsearch client without a node: the real client and transport (request serialisation,
 * error decoding) over a stub HTTP layer that records every request and answers as told — a status
 * with a JSON body, a connection failure, or never. For tests that pin what the code sends or how
 * it takes a failure.
 */
public final class StubElasticsearch {

  /** One request as it would go on the wire. */
  public record Sent(String method, String path, Map<String, String> params, String body) {}

  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<CompletableFuture<TransportHttpClient.Response>> pending =
      new CopyOnWriteArrayList<>();
  private volatile Supplier<CompletableFuture<TransportHttpClient.Response>> answer =
      () -> CompletableFuture.failedFuture(new ConnectException("stub: no node"));

  private final ElasticsearchAsyncClient client =
      new ElasticsearchAsyncClient(
          new ElasticsearchTransportBase(new Http(), null, ElasticsearchClients.jsonMapper()) {});

  public ElasticsearchAsyncClient client() {
    return client;
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** The last request sent; fails when there was none. */
  public Sent last() {
    if (sent.isEmpty()) {
      throw new AssertionError("nothing was sent to Elasticsearch");
    }
    return sent.get(sent.size() - 1);
  }

  public void clear() {
    sent.clear();
  }

  /** Every request is answered with this status and JSON body. */
  public void answer(int status, String json) {
    answer = () -> CompletableFuture.completedFuture(new Answer(status, json));
  }

  /** Every request is answered so, {@code delay} after it was sent: a slow node. */
  public void answerAfter(java.time.Duration delay, int status, String json) {
    answer =
        () ->
            CompletableFuture.supplyAsync(
                () -> new Answer(status, json),
                CompletableFuture.delayedExecutor(
                    delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
  }

  /** Every request fails below HTTP, as a refused connection does. */
  public void fail(Throwable failure) {
    answer = () -> CompletableFuture.failedFuture(failure);
  }

  /** No request is ever answered, as with a node that hangs. */
  public void neverAnswer() {
    answer =
        () -> {
          CompletableFuture<TransportHttpClient.Response> never = new CompletableFuture<>();
          pending.add(never);
          return never;
        };
  }

  /** The exchanges left unanswered by {@link #neverAnswer}: whether the caller cancelled them. */
  public List<CompletableFuture<TransportHttpClient.Response>> pending() {
    return List.copyOf(pending);
  }

  private final class Http implements TransportHttpClient {

    @Override
    public Response performRequest(
        String endpointId, Node node, Request request, TransportOptions options)
        throws IOException {
      try {
        return performRequestAsync(endpointId, node, request, options).join();
      } catch (java.util.concurrent.CompletionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      }
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(
        String endpointId, Node node, Request request, TransportOptions options) {
      sent.add(
          new Sent(
              request.method(),
              request.path(),
              new TreeMap<>(request.queryParams()),
              body(request.body())));
      return answer.get();
    }

    @Override
    public void close() {}

    private static String body(Iterable<ByteBuffer> buffers) {
      if (buffers == null) {
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (ByteBuffer b : buffers) {
        ByteBuffer copy = b.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        out.writeBytes(bytes);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private record Answer(int status, String json) implements TransportHttpClient.Response {

    @Override
    public TransportHttpClient.Node node() {
      return null;
    }

    @Override
    public int statusCode() {
      return status;
    }

    @Override
    public String header(String name) {
      return "X-Elastic-Product".equalsIgnoreCase(name) ? "Elasticsearch" : null;
    }

    @Override
    public List<String> headers(String name) {
      String value = header(name);
      return value == null ? List.of() : new ArrayList<>(List.of(value));
    }

    @Override
    public BinaryData body() {
      return BinaryData.of(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Override
    public Object originalResponse() {
      return this;
    }

    @Override
    public void close() {}
  }
}
