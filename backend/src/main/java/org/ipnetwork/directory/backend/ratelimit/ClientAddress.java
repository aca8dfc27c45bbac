package org.ipnetwork.directory.backend.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The client a request is rate-limited as. By default the socket's peer address: a header is
 * whatever the client wants it to be. Behind a reverse proxy every request comes from the proxy, so
 * with {@code directory.rate-limit.trust-forwarded-for=true} the last {@code X-Forwarded-For} entry
 * is used instead — the one the proxy itself appended; earlier entries are the client's claims and
 * are ignored. Only turn it on when the backend cannot be reached except through that proxy.
 *
 * <p>An IPv4 client is its full address. An IPv6 client is its /64: a home or a server is handed a
 * whole /64 (RFC 6177) and picks addresses in it freely (privacy addresses change by the hour), so
 * counting single addresses would give one client 2⁶⁴ buckets to rotate through.
 */
public final class ClientAddress {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  /**
   * IP literals: an IPv6 one (a host name never holds a colon) or a dotted IPv4 quad. Nothing else
   * is handed to {@link InetAddress#getByName}, which would look a name up.
   */
  private static final Pattern LITERAL =
      Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*|\\d{1,3}(?:\\.\\d{1,3}){3}");

  private ClientAddress() {}

  /** The key of the request's client: an IPv4 address or an IPv6 {@code prefix::/64}. */
  public static String of(ServerHttpRequest request, boolean trustForwardedFor) {
    if (trustForwardedFor) {
      List<String> values = request.getHeaders().getOrEmpty(FORWARDED_FOR);
      if (!values.isEmpty()) {
        String last = values.get(values.size() - 1);
        String entry = last.substring(last.lastIndexOf(',') + 1).trim();
        if (!entry.isEmpty()) {
          return key(entry);
        }
      }
    }
    InetSocketAddress remote = request.getRemoteAddress();
    if (remote == null) {
      return "unknown";
    }
    return remote.getAddress() != null ? key(remote.getAddress()) : key(remote.getHostString());
  }

  /**
   * The key of an address written as text (a proxy's entry may carry brackets); text that is no IP
   * literal is kept as it is, so that it still counts as one client.
   */
  static String key(String text) {
    String literal =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!LITERAL.matcher(literal).matches()) {
      return text;
    }
    try {
      // A literal: parsed without a lookup.
      return key(InetAddress.getByName(literal));
    } catch (UnknownHostException e) {
      return text;
    }
  }

  static String key(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] bytes = v6.getAddress();
      if (mappedIpv4(bytes)) {
        return (bytes[12] & 0xff)
            + "."
            + (bytes[13] & 0xff)
            + "."
            + (bytes[14] & 0xff)
            + "."
            + (bytes[15] & 0xff);
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix
            .append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
            .append(':');
      }
      return prefix.append(":/64").toString();
    }
    return address.getHostAddress();
  }

  /** {@code ::ffff:a.b.c.d}: an IPv4 client on a dual-stack socket. */
  private static boolean mappedIpv4(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }
}
