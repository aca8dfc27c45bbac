import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The search benchmark's driver, run as a single-file program beside HdrHistogram:
 *
 * <pre>
 * java -cp HdrHistogram-2.2.2.jar tools/bench/SearchBench.java capture API ES SLOWLOG MIX OUT
 * java -cp HdrHistogram-2.2.2.jar tools/bench/SearchBench.java rate REQUESTS RATE SECONDS WARMUP
 * </pre>
 *
 * <p>{@code capture} asks the API each search of the mix once, one at a time, with the node's
 * search slow log at 0 ms, and reads back what the API sent to Elasticsearch for it (the query
 * phase's {@code source}: one per search of a {@code _search}, several for an {@code _msearch}). It
 * writes two request files in the same order, {@code OUT/api.reqs} (the API's GET) and {@code
 * OUT/direct.reqs} (the same bodies straight to {@code _search}, or {@code _msearch} when the API
 * sent several), one request per line: {@code METHOD \t URL \t BODY}, the body's newlines as
 * {@code \u0001} (wrk's Lua script and {@code rate} read the same files).
 *
 * <p>{@code rate} sends the requests of a file, cycling, at a fixed rate for SECONDS after WARMUP
 * seconds, each at its scheduled time whether or not earlier ones have answered (an open loop): the
 * latency of a request is counted from when it was due, not from when it was sent, so a stall shows
 * in every request it delayed (no coordinated omission). Prints percentiles and errors.
 */
public final class SearchBench {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(
              Executors.newFixedThreadPool(
                  4,
                  r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true); // a failed run ends instead of hanging on the pool
                    return t;
                  }))
          .build();

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
    }
    switch (args[0]) {
      case "capture" -> capture(args[1], args[2], Path.of(args[3]), Path.of(args[4]), Path.of(args[5]));
      case "rate" ->
          rate(
              Path.of(args[1]),
              Double.parseDouble(args[2]),
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]));
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println(
        "usage: SearchBench capture API_URL ES_URL SLOWLOG MIX OUT_DIR\n"
            + "       SearchBench rate REQUESTS_FILE RATE_PER_S SECONDS WARMUP_SECONDS");
    System.exit(2);
  }

  // ---------------------------------------------------------------- capture

  private static final Pattern MESSAGE = Pattern.compile("\"elasticsearch\\.slowlog\\.message\":\"\\[([^\\]]+)\\]");
  private static final Pattern CURSOR = Pattern.compile("\"cursor\":\"([^\"]+)\"");

  private static void capture(String api, String es, Path slowlog, Path mix, Path out)
      throws Exception {
    Files.createDirectories(out);
    settings(es, "0ms");
    try {
      List<String> paths = new ArrayList<>();
      for (String line : Files.readAllLines(mix)) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        paths.add(line.startsWith("cursor ") ? deepPage(api, line) : encode(line));
      }
      List<String> apiLines = new ArrayList<>();
      List<String> directLines = new ArrayList<>();
      for (String path : paths) {
        get(api + path); // warms the caches, so that a cold first search does not time out
        long before = Files.size(slowlog);
        HttpResponse<String> r = get(api + path);
        if (r.statusCode() != 200) {
          throw new IllegalStateException(r.statusCode() + " from " + path + ": " + r.body());
        }
        List<String> sources = newSources(slowlog, before);
        if (sources.isEmpty()) {
          throw new IllegalStateException("no search logged for " + path);
        }
        apiLines.add("GET\t" + path + "\t");
        if (sources.size() == 1) {
          directLines.add("POST\t/listings/_search\t" + sources.get(0));
        } else {
          StringBuilder nd = new StringBuilder();
          for (String s : sources) {
            nd.append("{\"index\":\"listings\"}\u0001").append(s).append('\u0001');
          }
          directLines.add("POST\t/_msearch\t" + nd);
        }
        System.out.printf("%d search(es)  %s%n", sources.size(), path);
      }
      Files.write(out.resolve("api.reqs"), apiLines);
      Files.write(out.resolve("direct.reqs"), directLines);
      System.out.printf("captured %d requests into %s%n", paths.size(), out);
    } finally {
      settings(es, "-1");
    }
  }

  /** The slow log's query-phase threshold on the listings alias (0ms logs every search). */
  private static void settings(String es, String threshold) throws Exception {
    String body = "{\"index.search.slowlog.threshold.query.trace\":\"" + threshold + "\"}";
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(es + "/listings/_settings"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("slow log setting: " + r.body());
    }
  }

  /** Waits for the log to settle, then reads the sources of the listings' searches added to it. */
  private static List<String> newSources(Path slowlog, long from) throws Exception {
    long size = -1;
    for (int i = 0; i < 50; i++) {
      Thread.sleep(100);
      long now = Files.size(slowlog);
      if (now == size && now > from) {
        break;
      }
      size = now;
    }
    byte[] all = Files.readAllBytes(slowlog);
    String added = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
    List<String> sources = new ArrayList<>();
    for (String line : added.split("\n")) {
      Matcher m = MESSAGE.matcher(line);
      String source = stringField(line, "elasticsearch.slowlog.source");
      if (m.find() && m.group(1).startsWith("listings") && source != null) {
        // The source is JSON escaped into the message, and the message escaped into the line.
        sources.add(unescape(unescape(source)));
      }
    }
    return sources;
  }

  /** The raw (still escaped) value of a string field of a one-line JSON object. */
  private static String stringField(String line, String field) {
    String key = "\"" + field + "\":\"";
    int start = line.indexOf(key);
    if (start < 0) {
      return null;
    }
    start += key.length();
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return line.substring(start, i);
      }
    }
    return null;
  }

  private static String unescape(String json) {
    StringBuilder b = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char n = json.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'u' -> {
          b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }

  /** "cursor N path": the page N cursors deep. */
  private static String deepPage(String api, String line) throws Exception {
    String[] parts = line.split(" ", 3);
    int depth = Integer.parseInt(parts[1]);
    String path = encode(parts[2]);
    for (int i = 0; i < depth; i++) {
      get(api + path);
      HttpResponse<String> r = get(api + path);
      Matcher m = CURSOR.matcher(r.body());
      if (r.statusCode() != 200 || !m.find()) {
        throw new IllegalStateException("no cursor from " + path + ": " + r.statusCode());
      }
      String base = path.replaceAll("&cursor=[^&]*", "");
      path = base + "&cursor=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }
    return path;
  }

  /** Percent-encodes what a browser would: everything outside printable ASCII. */
  static String encode(String path) {
    StringBuilder b = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c > 0x20 && c < 0x7f) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  /** A GET, tried again (up to five times) while the API answers 503 on a busy machine. */
  private static HttpResponse<String> get(String url) throws Exception {
    HttpResponse<String> r = null;
    for (int i = 0; i < 5; i++) {
      r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 503) {
        break;
      }
      Thread.sleep(500);
    }
    return r;
  }

  // ---------------------------------------------------------------- rate

  record Req(String method, String url, String body) {}

  private static List<Req> read(Path file, String base) throws IOException {
    List<Req> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", 3);
      out.add(new Req(f[0], base + f[1], f.length > 2 ? f[2].replace('\u0001', '\n') : ""));
    }
    return out;
  }

  private static void rate(Path file, double perSecond, int seconds, int warmup) throws Exception {
    String base = System.getenv().getOrDefault("BASE_URL", "http://127.0.0.1:8080");
    List<Req> reqs = read(file, base);
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    Map<Integer, AtomicLong> statuses = new LinkedHashMap<>();
    long intervalNanos = (long) (1e9 / perSecond);
    long total = (long) ((seconds + warmup) * perSecond);
    long start = System.nanoTime() + 100_000_000L;
    long measureFrom = start + warmup * 1_000_000_000L;
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (long i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      Req q = reqs.get((int) (i % reqs.size()));
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(q.url())).timeout(Duration.ofSeconds(30));
      if (q.method().equals("POST")) {
        b.header("Content-Type", q.url().endsWith("_msearch") ? "application/x-ndjson" : "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(q.body()));
      }
      boolean measured = due >= measureFrom;
      CompletableFuture<?> f =
          HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.discarding())
              .handle(
                  (r, e) -> {
                    long latency = System.nanoTime() - due;
                    if (!measured) {
                      return null;
                    }
                    if (e != null || r.statusCode() >= 400) {
                      errors.incrementAndGet();
                    }
                    synchronized (statuses) {
                      statuses
                          .computeIfAbsent(e != null ? -1 : r.statusCode(), k -> new AtomicLong())
                          .incrementAndGet();
                    }
                    recorder.recordValue(Math.min(latency / 1000, 60_000_000L));
                    return null;
                  });
      inFlight.add(f);
      if (inFlight.size() > 10_000) {
        inFlight.removeIf(CompletableFuture::isDone);
      }
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    Histogram h = recorder.getIntervalHistogram();
    System.out.printf(
        "RESULT rate=%.1f requests=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f"
            + " mean_ms=%.2f errors=%d statuses=%s%n",
        perSecond,
        h.getTotalCount(),
        h.getValueAtPercentile(50) / 1e3,
        h.getValueAtPercentile(90) / 1e3,
        h.getValueAtPercentile(99) / 1e3,
        h.getValueAtPercentile(99.9) / 1e3,
        h.getMaxValue() / 1e3,
        h.getMean() / 1e3,
        errors.get(),
        statuses);
    System.exit(0);
  }

}
