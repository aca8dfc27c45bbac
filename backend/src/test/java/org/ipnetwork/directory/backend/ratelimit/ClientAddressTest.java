package org.ipnetwork.directory.backend.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTest {

  private final MockServerHttpRequest request =
      MockServerHttpRequest.get("/api/v1/search")
          .remoteAddress(new InetSocketAddress("10.0.0.7", 40000))
          .header("X-Forwarded-For", "1.2.3.4, 203.0.113.9")
          .build();

  @Test
  void theSocketAddressByDefaultWhateverTheHeadersSay() {
    assertThat(ClientAddress.of(request, false)).isEqualTo("10.0.0.7");
  }

  @Test
  void theEntryAppendedByTheTrustedProxyWhenConfigured() {
    assertThat(ClientAddress.of(request, true)).isEqualTo("203.0.113.9");
  }

  @Test
  void theSocketAddressWhenTheProxySentNoHeader() {
    MockServerHttpRequest direct =
        MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress("192.0.2.1", 1)).build();
    assertThat(ClientAddress.of(direct, true)).isEqualTo("192.0.2.1");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2001:db8:aaaa:bbbb:1:2:3:4, 2001:db8:aaaa:bbbb::/64",
    "2001:db8:aaaa:bbbb:ffff:ffff:ffff:ffff, 2001:db8:aaaa:bbbb::/64",
    "2001:db8:aaaa:bbbc::1, 2001:db8:aaaa:bbbc::/64",
    "::1, 0:0:0:0::/64",
    "203.0.113.9, 203.0.113.9",
    "203.0.113.10, 203.0.113.10",
    "::ffff:198.51.100.7, 198.51.100.7"
  })
  void ipv4ByTheFullAddressIpv6ByItsSlash64(String address, String key) throws Exception {
    MockServerHttpRequest direct =
        MockServerHttpRequest.get("/")
            .remoteAddress(new InetSocketAddress(InetAddress.getByName(address), 1))
            .build();
    assertThat(ClientAddress.of(direct, false)).isEqualTo(key);
  }

  @Test
  void oneClientRotatingThroughItsSlash64IsOneClient() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String address =
          "2001:db8:1:2:" + Integer.toHexString(i) + ":" + Integer.toHexString(i * 7) + "::9";
      MockServerHttpRequest r =
          MockServerHttpRequest.get("/").header("X-Forwarded-For", address).build();
      keys.add(ClientAddress.of(r, true));
    }
    assertThat(keys).containsExactly("2001:db8:1:2::/64");
  }

  @Test
  void theProxysIpv6EntryIsKeyedBySlash64Too() {
    MockServerHttpRequest r =
        MockServerHttpRequest.get("/")
            .remoteAddress(new InetSocketAddress("10.0.0.7", 40000))
            .header("X-Forwarded-For", "1.2.3.4, [2001:db8:5:6:7:8:9:a]")
            .build();
    assertThat(ClientAddress.of(r, true)).isEqualTo("2001:db8:5:6::/64");
  }

  /** Whatever a proxy wrote that is no IP literal is one client of its own, never looked up. */
  @ParameterizedTest
  @ValueSource(strings = {"unknown", "cafe", "proxy.example", "1.2.3.4:5678", "fe80::1%eth0"})
  void textThatIsNoLiteralIsKeptAsItIs(String entry) {
    MockServerHttpRequest r =
        MockServerHttpRequest.get("/").header("X-Forwarded-For", entry).build();
    assertThat(ClientAddress.of(r, true)).isEqualTo(entry);
  }
}
