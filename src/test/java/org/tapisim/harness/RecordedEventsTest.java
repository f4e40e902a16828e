package org.tapisim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Traffic;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallId;
import org.tapisim.model.CallOffered;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;

/** The recorder: queries by kind and object, marks, snapshots, and reading while it records. */
class RecordedEventsTest {

  /** Alice and bob log in and go READY; c1 goes to alice, an unlabelled call to bob. */
  private static RecordedEvents twoCalls() {
    RecordedEvents events = new RecordedEvents();
    try (AcdSimulator sim =
        AcdSimulator.builder()
            .group("sales")
            .group("support")
            .agent("alice", "sales")
            .agent("bob", "sales", "support")
            .listener(events)
            .build()) {
      sim.login("alice");
      sim.login("bob");
      sim.ready("alice");
      sim.ready("bob");
      sim.offerCall("sales", Duration.ofSeconds(30), null, "c1");
      sim.offerCall("sales", Duration.ofSeconds(30));
      sim.advance(Duration.ofMinutes(1));
    }
    return events;
  }

  @Test
  void answers_by_kind_session_agent_queue_and_call() {
    RecordedEvents events = twoCalls();

    assertThat(events.all())
        .hasSize(events.size())
        .isSortedAccordingTo((a, b) -> Long.compare(a.sequence(), b.sequence()));
    assertThat(events.ofKind(CallDelivered.class))
        .extracting(e -> e.session().toString())
        .containsExactly("alice/sales", "bob/sales");
    assertThat(events.sessionStates("alice/sales"))
        .containsExactly(
            AgentSessionState.NOT_READY,
            AgentSessionState.READY,
            AgentSessionState.BUSY_ON_CALL,
            AgentSessionState.READY);
    assertThat(events.forSession(SessionId.parse("bob/support"))).isNotEmpty();
    assertThat(events.forAgent("bob"))
        .allSatisfy(
            e ->
                assertThat(e)
                    .isInstanceOfAny(AgentChanged.class, SessionChanged.class, CallEvent.class))
        .anySatisfy(e -> assertThat(e).isInstanceOf(AgentChanged.class))
        .anySatisfy(e -> assertThat(e).isInstanceOf(CallDelivered.class))
        .noneSatisfy(
            e ->
                assertThat(e)
                    .isInstanceOfSatisfying(
                        SessionChanged.class,
                        s -> assertThat(s.session().agent().value()).isEqualTo("alice")));
    assertThat(events.forQueue("sales")).hasSize(6);
    assertThat(events.forQueue("support")).isEmpty();
    assertThat(events.forCall("c1")).extracting(CallEvent::call).containsOnly(new CallId(1, "c1"));
    assertThat(events.forCall("#2")).hasSize(3);
    assertThat(events.forCall(new CallId(2, null))).isEqualTo(events.forCall("#2"));
    assertThat(events.last(CallOffered.class))
        .get()
        .extracting(CallOffered::call)
        .isEqualTo(new CallId(2, null));
    assertThat(events.matching(e -> e.sequence() == 1)).hasSize(1);
  }

  @Test
  void a_mark_separates_later_events_and_a_snapshot_does_not_grow() {
    RecordedEvents events = new RecordedEvents();
    AcdSimulator sim =
        AcdSimulator.builder()
            .group("sales")
            .agent(AgentConfig.of("alice", "sales").withStart(AgentConfig.Start.READY))
            .listener(events)
            .build();
    int atStart = events.size();
    RecordedEvents.Mark mark = events.mark();

    sim.offerCall("sales", Duration.ofSeconds(10));
    RecordedEvents since = events.since(mark);
    RecordedEvents snapshot = events.snapshot();
    sim.advance(Duration.ofMinutes(1));

    assertThat(mark.position()).isEqualTo(atStart);
    assertThat(since.all()).isEqualTo(events.all().subList(atStart, since.size() + atStart));
    assertThat(since.ofKind(CallOffered.class)).hasSize(1);
    assertThat(snapshot.size()).isLessThan(events.size());
    assertThatThrownBy(() -> snapshot.onEvent(events.all().get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not record");
    assertThatThrownBy(() -> new RecordedEvents().since(mark))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another recorder");
  }

  @Test
  void an_empty_recorder_says_so() {
    RecordedEvents events = new RecordedEvents();

    assertThat(events.isEmpty()).isTrue();
    assertThat(events.last(TapiEvent.class)).isEmpty();
    assertThat(events).hasToString("  (no events)");
    assertThatThrownBy(() -> events.forSession("alice"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void its_text_is_one_line_per_event() {
    RecordedEvents events = twoCalls();

    assertThat(events.toString().lines())
        .hasSize(events.size())
        .contains("  00:00:00.000 #4 session alice/sales READY NOT_READY→READY")
        .anySatisfy(line -> assertThat(line).endsWith("call c1 DELIVERED to alice/sales after 0s"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .endsWith("call #2 ENDED COMPLETED at bob/sales after 30s of talk"));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void the_test_thread_reads_while_the_real_time_loop_records() {
    RecordedEvents events = new RecordedEvents();
    AcdSimulator sim =
        AcdSimulator.builder()
            .realTime(2000)
            .group("sales")
            .agent(AgentConfig.of("alice", "sales").withStart(AgentConfig.Start.READY))
            .agent(AgentConfig.of("bob", "sales").withStart(AgentConfig.Start.READY))
            .traffic(
                Traffic.poisson("sales", 3600, Distribution.exponential(Duration.ofSeconds(30)))
                    .withMaxCalls(300))
            .listener(events)
            .build();
    try {
      sim.start();
      List<Integer> sizes = new ArrayList<>();
      while (!sim.isIdle()) {
        List<TapiEvent> all = events.all();
        for (int i = 1; i < all.size(); i++) {
          assertThat(all.get(i).sequence()).isGreaterThan(all.get(i - 1).sequence());
        }
        events.forSession("alice/sales");
        sizes.add(all.size());
      }
      assertThat(sizes).isSorted();
      assertThat(events.ofKind(CallOffered.class)).hasSize(300);
      assertThat(events.size()).isEqualTo((int) sim.eventCount());
    } finally {
      sim.close();
    }
  }
}
