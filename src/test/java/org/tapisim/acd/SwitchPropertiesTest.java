package org.tapisim.acd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallBlocked;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallId;
import org.tapisim.model.CallQueued;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiException;

/**
 * Random interleavings of agent commands (valid or not) and calls never break the transition table,
 * never give an agent two calls, account for every call exactly once, and a refused command changes
 * nothing.
 */
class SwitchPropertiesTest {
  private static final String[] GROUPS = {"plain", "timed", "manual"};
  private static final String[] AGENTS = {"a0", "a1", "a2", "a3"};

  /** One step of a random script. */
  sealed interface Action {}

  record Login(int agent) implements Action {}

  record Logout(int agent) implements Action {}

  record Ready(int agent) implements Action {}

  record NotReady(int agent) implements Action {}

  record PutAgentState(int agent, AgentState state) implements Action {}

  record PutSessionState(int agent, int group, AgentSessionState to, AgentSessionState next)
      implements Action {}

  record Offer(int group, int talkSeconds, Integer patienceSeconds) implements Action {}

  record Hangup(int call) implements Action {}

  record Advance(int seconds) implements Action {}

  @Provide
  Arbitrary<Action> actions() {
    Arbitrary<Integer> agent = Arbitraries.integers().between(0, AGENTS.length - 1);
    Arbitrary<Integer> group = Arbitraries.integers().between(0, GROUPS.length - 1);
    Arbitrary<AgentSessionState> state = Arbitraries.of(AgentSessionState.class);
    return Arbitraries.frequencyOf(
        Tuple.of(2, agent.map(Login::new)),
        Tuple.of(1, agent.map(Logout::new)),
        Tuple.of(3, agent.map(Ready::new)),
        Tuple.of(2, agent.map(NotReady::new)),
        Tuple.of(
            1, Combinators.combine(agent, Arbitraries.of(AgentState.class)).as(PutAgentState::new)),
        Tuple.of(
            3,
            Combinators.combine(agent, group, state, state.injectNull(0.5))
                .as(PutSessionState::new)),
        Tuple.of(
            5,
            Combinators.combine(
                    group,
                    Arbitraries.integers().between(0, 300),
                    Arbitraries.integers().between(0, 200).injectNull(0.5))
                .as(Offer::new)),
        Tuple.of(2, Arbitraries.integers().between(0, 50).map(Hangup::new)),
        Tuple.of(4, Arbitraries.integers().between(0, 400).map(Advance::new)));
  }

  @Property(tries = 400)
  void random_commands_and_calls_keep_the_switch_consistent(
      @ForAll @Size(max = 80) List<@From("actions") Action> script,
      @ForAll Routing plainRouting,
      @ForAll Routing timedRouting,
      @ForAll Routing manualRouting,
      @ForAll("seeds") long seed) {
    EventRecorder events = new EventRecorder();
    AcdSimulator sim =
        AcdSimulator.builder()
            .seed(seed)
            .group(GroupConfig.of("plain").withRouting(plainRouting).withCapacity(2))
            .group(
                GroupConfig.of("timed")
                    .withRouting(timedRouting)
                    .withWrapup(
                        Wrapup.sampled(
                            new Distribution.Uniform(
                                Duration.ofSeconds(5), Duration.ofSeconds(40)))))
            .group(
                GroupConfig.of("manual")
                    .withRouting(manualRouting)
                    .withWrapup(Wrapup.manual())
                    .withCapacity(0))
            .agent(AgentConfig.of("a0", "plain", "timed"))
            .agent(AgentConfig.of("a1", "timed", "manual").withAutoReady(false))
            .agent(AgentConfig.of("a2", "manual", "plain").withStart(AgentConfig.Start.READY))
            .agent(AgentConfig.of("a3", "plain").withStart(AgentConfig.Start.NOT_READY))
            .listener(events)
            .build();
    List<Call> calls = new ArrayList<>();

    for (Action action : script) {
      List<Object> before = snapshot(sim, calls);
      int mark = events.mark();
      try {
        apply(sim, calls, action);
      } catch (TapiException refused) {
        assertThat(snapshot(sim, calls)).as("state after refused %s", action).isEqualTo(before);
        assertThat(events.mark()).as("events after refused %s", action).isEqualTo(mark);
      }
      checkInvariants(sim, events, calls);
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  private static void apply(AcdSimulator sim, List<Call> calls, Action action) {
    if (action instanceof Login a) {
      sim.login(AGENTS[a.agent()]);
    } else if (action instanceof Logout a) {
      sim.logout(AGENTS[a.agent()]);
    } else if (action instanceof Ready a) {
      sim.ready(AGENTS[a.agent()]);
    } else if (action instanceof NotReady a) {
      sim.notReady(AGENTS[a.agent()]);
    } else if (action instanceof PutAgentState a) {
      sim.agent(AGENTS[a.agent()]).setState(a.state());
    } else if (action instanceof PutSessionState a) {
      AgentSession session = latestSession(sim.agent(AGENTS[a.agent()]), GROUPS[a.group()]);
      if (session != null) {
        session.setState(a.to(), a.next());
      }
    } else if (action instanceof Offer a) {
      calls.add(
          sim.offerCall(
              GROUPS[a.group()],
              Duration.ofSeconds(a.talkSeconds()),
              a.patienceSeconds() == null ? null : Duration.ofSeconds(a.patienceSeconds())));
    } else if (action instanceof Hangup a) {
      if (!calls.isEmpty()) {
        sim.hangup(calls.get(a.call() % calls.size()));
      }
    } else if (action instanceof Advance a) {
      sim.advance(Duration.ofSeconds(a.seconds()));
    }
  }

  private static AgentSession latestSession(Agent agent, String group) {
    AgentSession found = null;
    for (AgentSession session : agent.sessions()) {
      if (session.group().name().equals(group)) {
        found = session;
      }
    }
    return found;
  }

  /** Everything a caller can observe, as values. */
  private static List<Object> snapshot(AcdSimulator sim, List<Call> calls) {
    List<Object> state = new ArrayList<>();
    state.add(sim.now());
    state.add(sim.eventCount());
    state.add(sim.callCount());
    state.add(sim.isIdle());
    for (Agent agent : sim.agents()) {
      state.add(agent.state());
      state.add(agent.statistics());
      for (AgentSession session : agent.sessions()) {
        state.add(List.of(session.id(), session.state(), session.nextState()));
        state.add(session.statistics());
        state.add(session.kpis());
      }
    }
    for (Call call : calls) {
      state.add(List.of(call.id(), call.state(), call.session()));
    }
    for (String group : GROUPS) {
      state.add(sim.queue(group).statistics());
      state.add(sim.queue(group).kpis());
    }
    return state;
  }

  private static void checkInvariants(AcdSimulator sim, EventRecorder events, List<Call> calls) {
    List<TapiEvent> all = events.all();
    assertThat(all).hasSize((int) sim.eventCount());
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).sequence()).isEqualTo(i + 1L);
    }
    checkSessionChains(sim, events);
    checkOneCallPerAgent(events);
    checkCallAccounting(sim, events, calls);
    checkAgentStates(sim);
  }

  /** Every session's events form a chain the table allows, ending in its current state. */
  private static void checkSessionChains(AcdSimulator sim, EventRecorder events) {
    Map<SessionId, AgentSessionState> last = new HashMap<>();
    for (SessionChanged e : events.of(SessionChanged.class)) {
      AgentSessionState previous = last.get(e.session());
      if (e.event() == AgentSessionEvent.NEW_SESSION) {
        assertThat(previous).as("%s", e).isIn(null, AgentSessionState.SESSION_ENDED);
        assertThat(e.to()).isEqualTo(AgentSessionState.NOT_READY);
      } else {
        assertThat(e.from()).as("%s", e).isEqualTo(previous);
        assertThat(e.from().canMoveTo(e.to())).as("table allows %s", e).isTrue();
      }
      last.put(e.session(), e.to());
    }
    for (Agent agent : sim.agents()) {
      List<AgentSession> sessions = agent.sessions();
      for (AgentSession session : sessions) {
        boolean current = sim.session(session.id().toString()) == session;
        AgentSessionState expected =
            current ? last.get(session.id()) : AgentSessionState.SESSION_ENDED;
        assertThat(session.state()).as("%s", session.id()).isEqualTo(expected);
      }
    }
  }

  /** From CallDelivered and CallEnded in order: no agent ever has two calls at once. */
  private static void checkOneCallPerAgent(EventRecorder events) {
    Map<String, Integer> open = new HashMap<>();
    for (CallEvent e : events.of(CallEvent.class)) {
      if (e instanceof CallDelivered d) {
        int n = open.merge(d.session().agent().value(), 1, Integer::sum);
        assertThat(n).as("calls of %s at %s", d.session().agent(), d.time()).isEqualTo(1);
      } else if (e instanceof CallEnded d) {
        open.merge(d.session().agent().value(), -1, Integer::sum);
      }
    }
  }

  /** Every call is in exactly one place, by its events and by its own state. */
  private static void checkCallAccounting(
      AcdSimulator sim, EventRecorder events, List<Call> calls) {
    Map<CallId, CallState> byEvents = new HashMap<>();
    for (CallEvent e : events.of(CallEvent.class)) {
      CallState previous = byEvents.get(e.call());
      CallState next;
      if (e instanceof CallQueued) {
        next = CallState.WAITING;
      } else if (e instanceof CallDelivered) {
        next = CallState.TALKING;
      } else if (e instanceof CallEnded) {
        next = CallState.ENDED;
      } else if (e instanceof CallAbandoned) {
        next = CallState.ABANDONED;
      } else if (e instanceof CallBlocked) {
        next = CallState.BLOCKED;
      } else {
        next = previous;
      }
      if (previous != null) {
        assertThat(previous.isFinal()).as("%s after a final state", e).isFalse();
      }
      if (next != null) {
        byEvents.put(e.call(), next);
      }
    }
    assertThat(sim.callCount()).isEqualTo(calls.size());
    Map<CallState, Integer> counts = new EnumMap<>(CallState.class);
    for (Call call : calls) {
      CallState state = call.state();
      assertThat(byEvents.get(call.id())).as("%s", call).isEqualTo(state);
      counts.merge(state, 1, Integer::sum);
    }
    int accounted = counts.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(accounted).isEqualTo(calls.size());
    long offeredPlusBlocked = 0;
    long waiting = 0;
    for (String group : GROUPS) {
      var kpis = sim.queue(group).kpis();
      offeredPlusBlocked += kpis.offered() + kpis.blocked();
      waiting += kpis.inQueue();
      assertThat(kpis.answered() + kpis.abandoned() + kpis.inQueue()).isEqualTo(kpis.offered());
    }
    assertThat(offeredPlusBlocked).isEqualTo(calls.size());
    assertThat(waiting).isEqualTo(counts.getOrDefault(CallState.WAITING, 0).longValue());
  }

  /** BUSY_ACD while a live session is busy, else READY while one is READY, else NOT_READY. */
  private static void checkAgentStates(AcdSimulator sim) {
    for (Agent agent : sim.agents()) {
      boolean busy = false;
      boolean ready = false;
      for (AgentSession session : agent.sessions()) {
        AgentSessionState s = session.state();
        busy |= s == AgentSessionState.BUSY_ON_CALL || s == AgentSessionState.BUSY_WRAPUP;
        ready |= s == AgentSessionState.READY;
      }
      AgentState expected =
          busy ? AgentState.BUSY_ACD : ready ? AgentState.READY : AgentState.NOT_READY;
      assertThat(agent.state()).as("%s", agent.id()).isEqualTo(expected);
    }
  }
}
