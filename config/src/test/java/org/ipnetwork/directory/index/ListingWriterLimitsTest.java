package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ListingWriterLimitsTest {

  @Test
  void requestBackoffDoublesUpToItsCap() {
    ListingWriter.Limits limits = ListingWriter.Limits.defaults();
    assertThat(limits.requestBackoff(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(limits.requestBackoff(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(limits.requestBackoff(20)).isEqualTo(ListingWriter.Limits.MAX_BACKOFF);
  }

  @Test
  void nonsenseLimitsAreRefused() {
    assertThatThrownBy(
            () ->
                new ListingWriter.Limits(
                    0, 1, Duration.ZERO, 1, Duration.ZERO, 0, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ListingWriter.Limits(
                    1, 1, Duration.ZERO, 1, Duration.ZERO, 0, -1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
