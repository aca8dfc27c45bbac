package org.ipnetwork.directory.backend.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulkhead's rules: a share per client, a total, refusal instead of a queue, slots given back.
 */
class SearchSlotsTest {

  private final SearchSlots slots = new SearchSlots(2, 3, 1);

  @Test
  void aClientGetsItsShareAndTheNextIsRefusedAsTheClients() {
    assertThat(slots.take("a").refusal()).isNull();
    assertThat(slots.take("a").refusal()).isNull();
    assertThat(slots.take("a").refusal()).isEqualTo(SearchSlots.Refusal.CLIENT);
    assertThat(slots.inFlight()).isEqualTo(2);
  }

  @Test
  void anotherClientIsServedWhileOneIsAtItsShare() {
    slots.take("a");
    slots.take("a");
    assertThat(slots.take("a").refusal()).isEqualTo(SearchSlots.Refusal.CLIENT);
    assertThat(slots.take("b").refusal()).isNull();
  }

  @Test
  void beyondTheTotalEveryClientIsRefusedAsBusy() {
    slots.take("a");
    slots.take("a");
    slots.take("b");
    SearchSlots.Slot refused = slots.take("c");
    assertThat(refused.refusal()).isEqualTo(SearchSlots.Refusal.TOTAL);
    // The refused search held nothing: c has no entry, the total is unchanged.
    assertThat(slots.inFlight()).isEqualTo(3);
    assertThat(slots.clients()).isEqualTo(2);
  }

  @Test
  void aReleasedSlotCanBeTakenAgainAndReleasingTwiceGivesBackOne() {
    SearchSlots.Slot first = slots.take("a");
    slots.take("a");
    first.release();
    first.release();
    assertThat(slots.inFlight()).isEqualTo(1);
    assertThat(slots.take("a").refusal()).isNull();
    assertThat(slots.take("a").refusal()).isEqualTo(SearchSlots.Refusal.CLIENT);
  }

  @Test
  void aRefusalReleasedGivesNothingBack() {
    slots.take("a");
    slots.take("a");
    slots.take("a").release();
    assertThat(slots.inFlight()).isEqualTo(2);
  }

  @Test
  void costlySearchesHaveTheirOwnShareOfTheTotalAndOrdinaryOnesPass() {
    assertThat(slots.take("a", true).refusal()).isNull();
    SearchSlots.Slot refused = slots.take("b", true);
    assertThat(refused.refusal()).isEqualTo(SearchSlots.Refusal.COSTLY);
    assertThat(slots.take("b", false).refusal()).isNull();
    // The refused costly search held nothing.
    assertThat(slots.inFlight()).isEqualTo(2);
    assertThat(slots.costlyInFlight()).isEqualTo(1);
  }

  @Test
  void aReleasedCostlySlotCanBeTakenAgain() {
    SearchSlots.Slot costly = slots.take("a", true);
    costly.release();
    assertThat(slots.costlyInFlight()).isZero();
    assertThat(slots.take("b", true).refusal()).isNull();
  }

  @Test
  void clientsWithNothingInFlightAreForgotten() {
    List<SearchSlots.Slot> taken = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      taken.add(slots.take("client-" + i));
    }
    taken.forEach(SearchSlots.Slot::release);
    assertThat(slots.clients()).isZero();
    assertThat(slots.inFlight()).isZero();
  }
}
