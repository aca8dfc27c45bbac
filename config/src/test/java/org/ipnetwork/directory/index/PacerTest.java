package org.ipnetwork.directory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pacing of {@link Pacer} on a clock of the test's own: sleeping moves it forward. */
class PacerTest {

  private long now = 1_000_000_000L;
  private long slept;

  private Pacer pacer(double perSecond) {
    return new Pacer(
        perSecond,
        () -> now,
        nanos -> {
          slept += nanos;
          now += nanos;
        });
  }

  @Test
  void aFastWriterIsHeldToTheRate() {
    Pacer pacer = pacer(200);
    for (int i = 0; i < 401; i++) {
      pacer.acquire();
    }
    // 401 listings at 200 a second: the first at once, the last two seconds later.
    assertThat(slept).isEqualTo(TimeUnit.SECONDS.toNanos(2));
  }

  @Test
  void aSlowWriterIsNeverKeptWaiting() {
    Pacer pacer = pacer(100);
    for (int i = 0; i < 50; i++) {
      now += TimeUnit.MILLISECONDS.toNanos(20); // slower than 100 a second by itself
      pacer.acquire();
    }
    assertThat(slept).isZero();
  }

  @Test
  void afterAPauseOnlyAShortBurstCatchesUp() {
    Pacer pacer = pacer(1000);
    pacer.acquire();
    now += TimeUnit.SECONDS.toNanos(5); // the input stalled, or the queue was full
    for (int i = 0; i < 100; i++) {
      pacer.acquire(); // 100 ms worth at 1,000 a second: the catch-up allowance
    }
    assertThat(slept).isZero();
    pacer.acquire();
    pacer.acquire();
    assertThat(slept).isEqualTo(TimeUnit.MILLISECONDS.toNanos(1));
  }

  @Test
  void aRateMustBePositive() {
    assertThatThrownBy(() -> pacer(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pacer(-5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pacer(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
