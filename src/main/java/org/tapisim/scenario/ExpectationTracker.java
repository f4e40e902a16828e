package org.tapisim.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.Durations;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.CallEvent;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/**
 * Checks a scenario's expectations as the run goes: it watches events for {@code event:} and {@code
 * never:}, reads states and statistics at their instants, and judges the rest at the end. Runs on
 * the simulator's owning thread.
 */
final class ExpectationTracker implements TapiEventListener {
  private static final int KEEP_TIMES = 3;

  private final Scenario scenario;
  private final Map<String, List<Watch>> watches = new HashMap<>();
  private final List<Watch> allWatches = new ArrayList<>();
  private final Map<Expectation, Verdict> timed = new HashMap<>();

  ExpectationTracker(Scenario scenario) {
    this.scenario = scenario;
    for (Expectation expectation : scenario.expectations()) {
      if (expectation instanceof Expectation.EventWithin within) {
        add(new Watch(expectation, within.target(), within.event(), within.from(), within.to()));
      } else if (expectation instanceof Expectation.Never never) {
        add(new Watch(expectation, never.target(), never.event(), Duration.ZERO, null));
      }
    }
  }

  /** Tells whether any expectation needs to see events. */
  boolean needsEvents() {
    return !allWatches.isEmpty();
  }

  /** Schedules the readings of states and statistics at their instants. */
  void schedule(AcdSimulator sim) {
    for (Expectation expectation : scenario.expectations()) {
      Duration at = at(expectation);
      if (at != null) {
        sim.observe(
            scenario.start().plus(at), () -> timed.put(expectation, judge(sim, expectation)));
      }
    }
  }

  private static Duration at(Expectation expectation) {
    if (expectation instanceof Expectation.StateAt state) {
      return state.at();
    }
    if (expectation instanceof Expectation.StatisticsAt statistics) {
      return statistics.at();
    }
    return null;
  }

  private void add(Watch watch) {
    allWatches.add(watch);
    watches.computeIfAbsent(key(watch.target), k -> new ArrayList<>()).add(watch);
  }

  private static String key(Expectation.Target target) {
    if (target instanceof Expectation.SessionTarget s) {
      return "session:" + s.session();
    }
    if (target instanceof Expectation.AgentTarget a) {
      return "agent:" + a.agent();
    }
    if (target instanceof Expectation.QueueTarget q) {
      return "queue:" + q.queue();
    }
    return "call:" + ((Expectation.CallTarget) target).label();
  }

  @Override
  public void onEvent(TapiEvent event) {
    if (event instanceof SessionChanged s) {
      match("session:" + s.session(), s.event().name(), event.time());
    } else if (event instanceof AgentChanged a) {
      match("agent:" + a.agent(), a.event().name(), event.time());
    } else if (event instanceof CallEvent call) {
      String name = call.kind().name();
      match("queue:" + call.group(), name, event.time());
      if (call.call().label() != null) {
        match("call:" + call.call().label(), name, event.time());
      }
    }
  }

  private void match(String key, String name, Instant time) {
    List<Watch> candidates = watches.get(key);
    if (candidates == null) {
      return;
    }
    Duration offset = Duration.between(scenario.start(), time);
    for (Watch watch : candidates) {
      if (watch.event.equals(name)) {
        watch.saw(offset);
      }
    }
  }

  /** Judges every expectation; those read at an instant were judged then. */
  List<Verdict> finish(AcdSimulator sim, boolean interrupted) {
    List<Verdict> verdicts = new ArrayList<>();
    Duration end = Duration.between(scenario.start(), sim.now());
    for (Expectation expectation : scenario.expectations()) {
      Verdict verdict;
      if (expectation instanceof Expectation.EventWithin
          || expectation instanceof Expectation.Never) {
        verdict = watchFor(expectation).verdict();
      } else if (at(expectation) != null) {
        verdict = timed.get(expectation);
        if (verdict == null) {
          verdict =
              fail(
                  expectation,
                  describe(expectation)
                      + "; the run "
                      + (interrupted ? "was stopped" : "ended")
                      + " at "
                      + Durations.format(end)
                      + ", before that time");
        }
      } else {
        verdict = judge(sim, expectation);
      }
      verdicts.add(verdict);
    }
    return verdicts;
  }

  private Watch watchFor(Expectation expectation) {
    for (Watch watch : allWatches) {
      if (watch.expectation == expectation) {
        return watch;
      }
    }
    throw new IllegalStateException("no watch for " + expectation);
  }

  private Verdict judge(AcdSimulator sim, Expectation expectation) {
    String what = describe(expectation);
    Expectation.Target target =
        expectation instanceof Expectation.StateAt state
            ? state.target()
            : ((Expectation.StatisticsAt) expectation).target();
    if (target instanceof Expectation.SessionTarget s
        && sim.findSession(s.session().toString()).isEmpty()) {
      return fail(expectation, what + "; there was no such session: the agent had not logged in");
    }
    if (expectation instanceof Expectation.StateAt state) {
      String actual = state(sim, state.target());
      return actual.equals(state.state())
          ? pass(expectation, what)
          : fail(expectation, what + "; it was " + actual);
    }
    Expectation.StatisticsAt statistics = (Expectation.StatisticsAt) expectation;
    List<String> misses = new ArrayList<>();
    for (Expectation.Check check : statistics.checks()) {
      double actual = Measure.value(sim, statistics.target(), check.statistic());
      if (actual < check.min() - tolerance(check) || actual > check.max() + tolerance(check)) {
        misses.add(
            check.statistic().key()
                + " was "
                + check.statistic().unit().format(actual)
                + ", expected "
                + check.describe());
      }
    }
    return misses.isEmpty()
        ? pass(expectation, what)
        : fail(expectation, what + ": " + String.join("; ", misses));
  }

  /** Allows for the rounding of values written in the script (a microsecond, or 1e-9). */
  private static double tolerance(Expectation.Check check) {
    return check.statistic().unit() == Statistic.Unit.SECONDS ? 1e-6 : 1e-9;
  }

  private static String state(AcdSimulator sim, Expectation.Target target) {
    if (target instanceof Expectation.SessionTarget s) {
      return sim.session(s.session().toString()).state().name();
    }
    return sim.agent(((Expectation.AgentTarget) target).agent().value()).state().name();
  }

  static String describe(Expectation expectation) {
    if (expectation instanceof Expectation.EventWithin e) {
      return "expected "
          + e.target().describe()
          + " to report "
          + e.event()
          + " "
          + window(e.from(), e.to());
    }
    if (expectation instanceof Expectation.Never n) {
      return "expected " + n.target().describe() + " never to report " + n.event();
    }
    if (expectation instanceof Expectation.StateAt s) {
      return "expected " + s.target().describe() + " in state " + s.state() + " " + when(s.at());
    }
    Expectation.StatisticsAt s = (Expectation.StatisticsAt) expectation;
    return "expected "
        + s.target().describe()
        + " "
        + when(s.at())
        + " to have "
        + s.checks().stream()
            .map(c -> c.statistic().key() + " " + c.describe())
            .collect(Collectors.joining(", "));
  }

  private static String window(Duration from, Duration to) {
    if (to == null) {
      return from.isZero() ? "at some time" : "at or after " + Durations.format(from);
    }
    return from.equals(to)
        ? "at " + Durations.format(from)
        : "within " + Durations.format(from) + ".." + Durations.format(to);
  }

  private static String when(Duration at) {
    return at == null ? "at the end" : "at " + Durations.format(at);
  }

  private Verdict pass(Expectation expectation, String message) {
    return new Verdict(scenario.file(), expectation.where(), true, message);
  }

  private Verdict fail(Expectation expectation, String message) {
    return new Verdict(scenario.file(), expectation.where(), false, message);
  }

  /** One expectation watching the events of one target. */
  private final class Watch {
    final Expectation expectation;
    final Expectation.Target target;
    final String event;
    final long from;
    final long to;
    boolean matched;
    final List<Duration> seenElsewhere = new ArrayList<>(KEEP_TIMES);

    Watch(
        Expectation expectation,
        Expectation.Target target,
        String event,
        Duration from,
        Duration to) {
      this.expectation = expectation;
      this.target = target;
      this.event = event;
      this.from = from.toNanos();
      this.to = to == null ? Long.MAX_VALUE : to.toNanos();
    }

    void saw(Duration offset) {
      long t = offset.toNanos();
      if (t >= from && t <= to) {
        if (!matched) {
          matched = true;
          if (expectation instanceof Expectation.Never) {
            seenElsewhere.add(offset);
          }
        }
      } else if (seenElsewhere.size() < KEEP_TIMES) {
        seenElsewhere.add(offset);
      }
    }

    Verdict verdict() {
      String what = describe(expectation);
      if (expectation instanceof Expectation.Never) {
        return matched
            ? fail(expectation, what + "; it did at " + Durations.format(seenElsewhere.get(0)))
            : pass(expectation, what);
      }
      if (matched) {
        return pass(expectation, what);
      }
      String seen =
          seenElsewhere.isEmpty()
              ? "it never did"
              : "it did at "
                  + seenElsewhere.stream().map(Durations::format).collect(Collectors.joining(", "))
                  + (seenElsewhere.size() == KEEP_TIMES ? ", …" : "");
      return fail(expectation, what + "; " + seen);
    }
  }
}
