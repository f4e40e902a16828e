package org.tapisim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.Call;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Durations;
import org.tapisim.acd.RandomStreams;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiException;

/**
 * Runs a scenario's timeline on a simulator: each step at its sim time, in file order within one
 * time. A step's requests that TAPI refuses are judged against its {@code expect-error}.
 */
final class StepRunner {
  private final AcdSimulator sim;
  private final Scenario scenario;
  private final RandomStreams random;
  private final Map<String, Call> calls = new HashMap<>();
  private final List<Verdict> verdicts = new ArrayList<>();

  StepRunner(AcdSimulator sim, Scenario scenario) {
    this.sim = sim;
    this.scenario = scenario;
    this.random = new RandomStreams(scenario.seed());
  }

  /** Schedules every step. */
  void schedule() {
    List<TimelineStep> timeline = scenario.timeline();
    for (int i = 0; i < timeline.size(); i++) {
      TimelineStep step = timeline.get(i);
      int index = i;
      sim.schedule(scenario.start().plus(step.at()), () -> run(step, index));
    }
  }

  /** Returns the verdicts of steps with {@code expect-error} and of rejected steps. */
  List<Verdict> verdicts() {
    return List.copyOf(verdicts);
  }

  /** Returns the scripted call with this id, if it was placed. */
  Call call(String label) {
    return calls.get(label);
  }

  private void run(TimelineStep step, int index) {
    List<TapiException> refused = new ArrayList<>();
    int requests = 0;
    TimelineStep.Action action = step.action();
    if (action instanceof TimelineStep.Login login) {
      requests = each(login.agents(), id -> sim.login(id.value()), refused);
    } else if (action instanceof TimelineStep.Logout logout) {
      requests = each(logout.agents(), id -> sim.logout(id.value()), refused);
    } else if (action instanceof TimelineStep.Ready ready) {
      requests = each(ready.agents(), id -> sim.ready(id.value()), refused);
    } else if (action instanceof TimelineStep.NotReady notReady) {
      requests = each(notReady.agents(), id -> sim.notReady(id.value()), refused);
    } else if (action instanceof TimelineStep.SetState set) {
      requests = attempt(() -> sessionOf(set).setState(set.to(), set.next()), refused);
    } else if (action instanceof TimelineStep.PlaceCall call) {
      requests = attempt(() -> place(call, index), refused);
    } else if (action instanceof TimelineStep.Hangup hangup) {
      requests = attempt(() -> sim.hangup(calls.get(hangup.label())), refused);
    }
    judge(step, requests, refused);
  }

  /** The session a set-state step addresses; an agent that never logged in there has none. */
  private AgentSession sessionOf(TimelineStep.SetState set) {
    SessionId id = set.session();
    return sim.findSession(id.toString())
        .orElseThrow(
            () ->
                new TapiException(
                    LineError.INVALAGENTSTATE,
                    "there is no session "
                        + id
                        + ": agent "
                        + id.agent()
                        + " has not logged in to group "
                        + id.group()));
  }

  private void place(TimelineStep.PlaceCall call, int index) {
    String name = "timeline/" + index + "/";
    Duration talk = Duration.ofNanos(call.talk().sampleCappedNanos(random.stream(name + "talk")));
    Distribution patience = call.patience();
    Duration wait =
        patience == null
            ? null
            : Duration.ofNanos(patience.sampleCappedNanos(random.stream(name + "patience")));
    Call placed = sim.offerCall(call.group().value(), talk, wait, call.label());
    if (call.label() != null) {
      calls.put(call.label(), placed);
    }
  }

  private static int each(
      List<AgentId> agents, Consumer<AgentId> request, List<TapiException> refused) {
    for (AgentId agent : agents) {
      attempt(() -> request.accept(agent), refused);
    }
    return agents.size();
  }

  private static int attempt(Runnable request, List<TapiException> refused) {
    try {
      request.run();
    } catch (TapiException e) {
      refused.add(e);
    }
    return 1;
  }

  private void judge(TimelineStep step, int requests, List<TapiException> refused) {
    String what = describe(step);
    if (step.expectedError() == null) {
      if (!refused.isEmpty()) {
        String more = refused.size() > 1 ? " (and " + (refused.size() - 1) + " more)" : "";
        verdicts.add(
            new Verdict(
                scenario.file(),
                step.where(),
                false,
                what + " was rejected: " + refused.get(0).getMessage() + more));
      }
      return;
    }
    String expected = "expected " + what + " to fail with " + step.expectedError().tapiName();
    if (refused.size() < requests) {
      verdicts.add(
          new Verdict(
              scenario.file(),
              step.where(),
              false,
              expected
                  + ", but "
                  + (refused.isEmpty() ? "it" : (requests - refused.size()) + " of its requests")
                  + " succeeded"));
      return;
    }
    for (TapiException e : refused) {
      if (e.error() != step.expectedError()) {
        verdicts.add(
            new Verdict(
                scenario.file(), step.where(), false, expected + ", but got: " + e.getMessage()));
        return;
      }
    }
    verdicts.add(new Verdict(scenario.file(), step.where(), true, expected));
  }

  private static String describe(TimelineStep step) {
    String at = " at " + Durations.format(step.at());
    TimelineStep.Action action = step.action();
    if (action instanceof TimelineStep.Login a) {
      return "login " + names(a.agents()) + at;
    } else if (action instanceof TimelineStep.Logout a) {
      return "logout " + names(a.agents()) + at;
    } else if (action instanceof TimelineStep.Ready a) {
      return "ready " + names(a.agents()) + at;
    } else if (action instanceof TimelineStep.NotReady a) {
      return "not-ready " + names(a.agents()) + at;
    } else if (action instanceof TimelineStep.SetState a) {
      return "set-state "
          + a.session()
          + " to "
          + a.to()
          + (a.next() == null ? "" : " next " + a.next())
          + at;
    } else if (action instanceof TimelineStep.PlaceCall a) {
      return "call" + (a.label() == null ? "" : " " + a.label()) + " to " + a.group() + at;
    }
    return "hangup " + ((TimelineStep.Hangup) action).label() + at;
  }

  private static String names(List<AgentId> agents) {
    return agents.size() <= 3
        ? String.join(", ", agents.stream().map(AgentId::value).toList())
        : agents.get(0) + ", " + agents.get(1) + " and " + (agents.size() - 2) + " more";
  }
}
