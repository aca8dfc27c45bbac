package org.ipnetwork.directory.backend.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
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
}
