package org.tapisim.acd;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallEnded;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/** Listeners: isolated from each other's failures, free to call back, and in event order. */
class ListenerTest {

  private static AcdSimulator.Builder builder() {
    return AcdSimulator.builder()
        .group("sales")
        .agent(SimTesting.readyAgent("alice", "sales"))
        .agent(SimTesting.readyAgent("bob", "sales"));
  }

  @Test
  void a_listener_that_throws_stops_neither_the_switch_nor_the_other_listeners() {
    TapiEventListener failing = mock(TapiEventListener.class);
    doThrow(new IllegalStateException("listener bug")).when(failing).onEvent(any());
    EventRecorder after = new EventRecorder();
    AcdSimulator sim = builder().listener(failing).listener(after).build();

    Call call = sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofMinutes(2));

    assertThat(call.state()).isEqualTo(CallState.ENDED);
    assertThat(after.all()).hasSize((int) sim.eventCount());
    verify(failing, times((int) sim.eventCount())).onEvent(any());
  }

  /** A listener's own calls apply at once and their events follow the triggering change's. */
  @Test
  void a_listener_may_call_back_and_its_events_follow_in_order_for_every_listener() {
    EventRecorder first = new EventRecorder();
    EventRecorder last = new EventRecorder();
    List<AgentSessionState> seenByCallback = new ArrayList<>();
    AcdSimulator[] holder = new AcdSimulator[1];
    TapiEventListener reacting =
        event -> {
          if (event instanceof SessionChanged e
              && e.session().toString().equals("alice/sales")
              && e.to() == AgentSessionState.BUSY_ON_CALL) {
            // the change that raised the event is complete when listeners hear of it
            seenByCallback.add(holder[0].session("alice/sales").state());
            holder[0].session("bob/sales").setState(AgentSessionState.NOT_READY);
          }
        };
    AcdSimulator sim = builder().listener(first).listener(reacting).listener(last).build();
    holder[0] = sim;
    int mark = first.mark();

    sim.offerCall("sales", ofMinutes(1)); // to alice, idle longest

    assertThat(seenByCallback).containsExactly(AgentSessionState.BUSY_ON_CALL);
    assertThat(first.linesSince(mark))
        .containsExactly(
            "offered #1",
            "delivered #1 to alice/sales",
            "alice/sales READY->BUSY_ON_CALL",
            "agent alice READY->BUSY_ACD",
            "bob/sales READY->NOT_READY",
            "agent bob READY->NOT_READY");
    assertThat(last.all()).isEqualTo(first.all());
    assertThat(first.all()).extracting(TapiEvent::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(sim.session("bob/sales").state()).isEqualTo(AgentSessionState.NOT_READY);
  }

  @Test
  void a_listener_may_offer_calls_from_inside_an_event() {
    EventRecorder events = new EventRecorder();
    AcdSimulator[] holder = new AcdSimulator[1];
    TapiEventListener followUp =
        event -> {
          if (event instanceof CallEnded e && e.call().serial() < 3) {
            holder[0].offerCall("sales", ofMinutes(1)); // a new call each time one ends
          }
        };
    AcdSimulator sim =
        AcdSimulator.builder()
            .group("sales")
            .agent(SimTesting.readyAgent("alice", "sales"))
            .listener(events)
            .listener(followUp)
            .build();
    holder[0] = sim;

    sim.offerCall("sales", ofMinutes(1));
    sim.runUntilIdle();

    assertThat(events.lines())
        .filteredOn(line -> line.startsWith("delivered") || line.startsWith("ended"))
        .containsExactly(
            "delivered #1 to alice/sales",
            "ended #1 COMPLETED",
            "delivered #2 to alice/sales",
            "ended #2 COMPLETED",
            "delivered #3 to alice/sales",
            "ended #3 COMPLETED");
    assertThat(SimTesting.elapsed(sim)).isEqualTo(ofMinutes(3));
  }

  @Test
  void a_closed_subscription_hears_nothing_more() {
    AcdSimulator sim = builder().build();
    EventRecorder events = new EventRecorder();
    Subscription subscription = sim.subscribe(events);

    sim.offerCall("sales", ofMinutes(1));
    subscription.close();
    subscription.close(); // twice is fine
    sim.advance(ofMinutes(2));

    assertThat(events.lines()).hasSize(4).first().isEqualTo("offered #1");
  }

  /** A late listener sees the numbering every event had from the start. */
  @Test
  void a_listener_subscribed_later_sees_the_same_numbering() {
    EventRecorder early = new EventRecorder();
    AcdSimulator sim = builder().listener(early).build();
    sim.offerCall("sales", ofMinutes(1));
    long before = sim.eventCount();
    EventRecorder late = new EventRecorder();
    sim.subscribe(late);

    sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofMinutes(2));

    List<TapiEvent> all = early.all();
    assertThat(late.all()).isEqualTo(all.subList(all.size() - late.all().size(), all.size()));
    assertThat(late.all().get(0).sequence()).isEqualTo(before + 1);
  }
}
