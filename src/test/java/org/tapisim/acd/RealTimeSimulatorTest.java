package org.tapisim.acd;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallBlocked;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallOffered;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiException;

/** The simulator in real time: paced to the wall clock, safe from several threads. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealTimeSimulatorTest {
  private final List<AcdSimulator> opened = new ArrayList<>();

  private AcdSimulator open(AcdSimulator.Builder builder) {
    AcdSimulator sim = builder.build();
    opened.add(sim);
    return sim;
  }

  @AfterEach
  void closeAll() {
    opened.forEach(AcdSimulator::close);
  }

  @Test
  void observers_run_when_the_wall_clock_reaches_their_sim_time_over_the_speed() {
    double speed = 20;
    AcdSimulator sim =
        open(AcdSimulator.builder().realTime(speed).group("sales").agent("alice", "sales"));
    long[] offsets = {1000, 2000, 6000}; // sim milliseconds
    List<Long> wall = new CopyOnWriteArrayList<>();
    for (long offset : offsets) {
      sim.observe(SimTesting.at(sim, ofMillis(offset)), () -> wall.add(System.nanoTime()));
    }
    sim.observe(SimTesting.at(sim, ofHours(1)), () -> {});
    assertThat(sim.isRealTime()).isTrue();
    assertThat(sim.speed()).isEqualTo(speed);
    long beforeStart = System.nanoTime();
    sim.start();
    long afterStart = System.nanoTime();

    // sim time read from this thread is wall time since the start × speed
    long before = System.nanoTime();
    long simNanos = SimTesting.elapsed(sim).toNanos();
    long after = System.nanoTime();
    assertThat(simNanos / speed)
        .isBetween((before - afterStart) - 1e6, (after - beforeStart) + 1e6);

    await().atMost(Duration.ofSeconds(10)).until(() -> wall.size() == offsets.length);
    for (int i = 0; i < offsets.length; i++) {
      long deadline = beforeStart + (long) (offsets[i] * 1e6 / speed);
      assertThat(wall.get(i)).as("observer %d", i).isGreaterThanOrEqualTo(deadline);
      assertThat(wall.get(i) - deadline)
          .as("lateness of observer %d", i)
          .isLessThan(1_000_000_000L);
    }
  }

  @Test
  void a_command_from_another_thread_has_applied_when_it_returns() {
    AcdSimulator sim =
        open(AcdSimulator.builder().realTime(1).group("sales").agent("alice", "sales"));
    sim.start();
    sim.login("alice");
    AgentSession session = sim.session("alice/sales");

    sim.ready("alice");
    assertThat(session.state()).isEqualTo(AgentSessionState.READY);
    Call call = sim.offerCall("sales", ofHours(1));
    assertThat(call.state()).isEqualTo(CallState.TALKING);

    assertThatThrownBy(() -> session.setState(AgentSessionState.BUSY_ON_CALL))
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> assertThat(e.error()).isEqualTo(LineError.INVALAGENTSESSIONSTATE));
    CompletableFuture<Void> refused =
        session.setStateAsync(AgentSessionState.NOT_READY, AgentSessionState.BUSY_WRAPUP);
    CompletableFuture<Void> applied = session.setStateAsync(AgentSessionState.NOT_READY, null);
    assertThat(refused)
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(TapiException.class);
    assertThat(applied).succeedsWithin(Duration.ofSeconds(5));
    assertThat(call.state()).isEqualTo(CallState.ENDED);
  }

  @Test
  void a_read_runs_on_the_loop_thread_and_sees_one_consistent_state() {
    // about ten thousand calls a wall-clock second, answered at once by one of 20 agents
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .realTime(1000)
            .group("sales")
            .traffic(
                Traffic.poisson("sales", 36_000, Distribution.constant(Duration.ofSeconds(1))));
    for (int i = 0; i < 20; i++) {
      builder.agent(SimTesting.readyAgent("agent-" + i, "sales"));
    }
    AcdSimulator sim = open(builder);
    sim.start();
    await().atMost(Duration.ofSeconds(5)).until(() -> sim.queue("sales").kpis().answered() > 0);

    for (int i = 0; i < 20; i++) {
      // 21 objects read between the same two events: the queue's answers are the sessions' calls
      long[] counts =
          sim.read(
              () -> {
                long calls = 0;
                for (AgentSession session : sim.sessions()) {
                  calls += session.statistics().numberOfCalls();
                }
                return new long[] {sim.queue("sales").kpis().answered(), calls};
              });
      assertThat(counts[0]).isEqualTo(counts[1]);
    }
    assertThat(sim.read(() -> Thread.currentThread().getName())).isEqualTo("tapisim-realtime");
  }

  /** Listeners run on the loop thread; their calls back into the simulator apply inline. */
  @Test
  void a_listener_on_the_loop_thread_may_call_back() {
    List<String> threads = new CopyOnWriteArrayList<>();
    AcdSimulator[] holder = new AcdSimulator[1];
    AcdSimulator sim =
        open(
            AcdSimulator.builder()
                .realTime(100)
                .group("sales")
                .agent(SimTesting.readyAgent("alice", "sales"))
                .listener(
                    event -> {
                      if (event instanceof CallEnded) {
                        threads.add(Thread.currentThread().getName());
                        holder[0].notReady("alice");
                      }
                    }));
    holder[0] = sim;
    sim.start();

    sim.offerCall("sales", ofSeconds(1)); // 10 ms of wall time
    await().atMost(Duration.ofSeconds(5)).until(() -> !threads.isEmpty());

    assertThat(threads).containsExactly("tapisim-realtime");
    assertThat(sim.session("alice/sales").state()).isEqualTo(AgentSessionState.NOT_READY);
  }

  @Test
  void closing_fails_a_thread_waiting_for_sim_time() {
    AcdSimulator sim = open(AcdSimulator.builder().realTime(1).group("sales"));
    CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> sim.advance(ofHours(1)));
    await().atMost(Duration.ofSeconds(5)).until(() -> sim.now() != null && !waiting.isDone());

    sim.close();

    assertThat(waiting)
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .withRootCauseInstanceOf(IllegalStateException.class);
  }

  /** Without outside input, real time gives exactly the events of virtual time. */
  @Test
  void real_time_replays_the_events_of_virtual_time() {
    Traffic traffic =
        Traffic.poisson("sales", 240, Distribution.exponential(ofMinutes(2)))
            .withPatience(Distribution.exponential(ofMinutes(1)))
            .withMaxCalls(40);
    EventRecorder virtual = new EventRecorder();
    EventRecorder real = new EventRecorder();
    for (EventRecorder recorder : List.of(virtual, real)) {
      AcdSimulator.Builder builder =
          AcdSimulator.builder()
              .seed(11)
              .group(GroupConfig.of("sales").withRouting(Routing.RANDOM))
              .agent(SimTesting.readyAgent("a", "sales"))
              .agent(SimTesting.readyAgent("b", "sales"))
              .traffic(traffic)
              .listener(recorder);
      if (recorder == real) {
        builder.realTime(3600); // an hour of sim time per second
      }
      open(builder).runUntilIdle();
    }

    assertThat(virtual.of(CallOffered.class).size() + virtual.of(CallBlocked.class).size())
        .isEqualTo(40);
    assertThat(real.all()).isEqualTo(virtual.all());
  }

  /**
   * Four threads, each with its own agent and group, toggle READY and NOT_READY, set session states
   * (some refused), offer calls and hang up, all at once.
   */
  @Test
  void concurrent_callers_lose_no_event_and_keep_each_sessions_order() throws Exception {
    int threads = 4;
    EventRecorder events = new EventRecorder();
    AcdSimulator.Builder builder = AcdSimulator.builder().realTime(500).listener(events);
    for (int t = 0; t < threads; t++) {
      builder.group(
          GroupConfig.of("g" + t).withWrapup(Wrapup.fixed(ofMillis(300))).withCapacity(3));
      builder.agent(AgentConfig.of("a" + t, "g" + t).withStart(AgentConfig.Start.NOT_READY));
    }
    AcdSimulator sim = open(builder);
    sim.start();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> offered = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String agent = "a" + t;
      String group = "g" + t;
      offered.add(
          pool.submit(
              () -> {
                go.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                AgentSession session = sim.session(agent + "/" + group);
                List<Call> calls = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                  switch (random.nextInt(6)) {
                    case 0 -> sim.ready(agent);
                    case 1 -> sim.notReady(agent);
                    case 2 -> {
                      AgentSessionState[] states = AgentSessionState.values();
                      try {
                        session.setState(states[random.nextInt(states.length - 1)]);
                      } catch (TapiException refused) {
                        assertThat(refused.error()).isEqualTo(LineError.INVALAGENTSESSIONSTATE);
                      }
                    }
                    case 3 -> {
                      if (!calls.isEmpty()) {
                        try {
                          sim.hangup(calls.get(random.nextInt(calls.size())));
                        } catch (TapiException over) {
                          assertThat(over.error()).isEqualTo(LineError.INVALCALLSTATE);
                        }
                      }
                    }
                    default ->
                        calls.add(
                            sim.offerCall(
                                group,
                                ofMillis(random.nextInt(2000)),
                                random.nextBoolean() ? null : ofMillis(random.nextInt(3000))));
                  }
                }
                sim.ready(agent);
                return calls.size();
              }));
    }
    go.countDown();
    Map<String, Integer> offers = new HashMap<>();
    for (int t = 0; t < threads; t++) {
      offers.put("g" + t, offered.get(t).get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    sim.runUntilIdle();
    sim.close();

    List<TapiEvent> all = events.all();
    assertThat(all).hasSize((int) sim.eventCount());
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).sequence()).as("event %d", i).isEqualTo(i + 1L);
    }
    Map<SessionId, SessionChanged> last = new HashMap<>();
    for (SessionChanged e : events.of(SessionChanged.class)) {
      SessionChanged previous = last.put(e.session(), e);
      if (e.event() == AgentSessionEvent.NEW_SESSION) {
        assertThat(previous).isNull();
      } else {
        assertThat(e.from()).as("%s", e).isEqualTo(previous.to());
        assertThat(e.from().canMoveTo(e.to())).as("%s", e).isTrue();
        assertThat(e.sequence()).isGreaterThan(previous.sequence());
      }
    }
    for (int t = 0; t < threads; t++) {
      String group = "g" + t;
      long arrived =
          all.stream()
              .filter(e -> e instanceof CallOffered || e instanceof CallBlocked)
              .filter(e -> ((CallEvent) e).group().value().equals(group))
              .count();
      assertThat(arrived).as("calls offered to %s", group).isEqualTo(offers.get(group).longValue());
      assertThat(sim.session("a" + t + "/" + group).state())
          .isEqualTo(last.get(SessionId.parse("a" + t + "/" + group)).to());
    }
    assertThat(sim.callCount())
        .isEqualTo(offers.values().stream().mapToLong(Integer::longValue).sum());
  }
}
