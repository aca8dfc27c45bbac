package org.ipnetwork.directory.backend.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a request is rate-limited by. By default the socket's peer address: a header is
 * whatever the client wants it to be. Behind a reverse proxy every request comes from the proxy, so
 * with {@code directory.rate-limit.trust-forwarded-for=true} the last {@code X-Forwarded-For} entry
 * is used instead — the one the proxy itself appended; earlier entries are the client's claims and
 * are ignored. Only turn it on when the backend cannot be reached except through that proxy.
 */
public final class ClientAddress {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  private ClientAddress() {}

  public static String of(ServerHttpRequest request, boolean trustForwardedFor) {
    if (trustForwardedFor) {
      List<String> values = request.getHeaders().getOrEmpty(FORWARDED_FOR);
      if (!values.isEmpty()) {
        String last = values.get(values.size() - 1);
        String entry = last.substring(last.lastIndexOf(',') + 1).trim();
        if (!entry.isEmpty()) {
          return entry;
        }
      }
    }
    InetSocketAddress remote = request.getRemoteAddress();
    if (remote == null) {
      return "unknown";
    }
    return remote.getAddress() != null
        ? remote.getAddress().getHostAddress()
        : remote.getHostString();
  }
}
