package org.tapisim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tapisim.acd.Durations;
import org.tapisim.model.AgentEvent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallEvent;
import org.tapisim.model.GroupId;

/** Binds {@code expect:}: events at or within times, states, statistics and {@code never}. */
final class ExpectationBinder {
  /** The names of call events, as expectations and the event log spell them. */
  static final List<String> CALL_EVENTS =
      Arrays.stream(CallEvent.Kind.values()).map(Enum::name).toList();

  private static final List<String> TARGETS = List.of("session", "agent", "queue", "call");
  private static final List<String> STRUCTURE =
      List.of("at", "within", "session", "agent", "queue", "call", "event", "state", "never");
  private static final List<String> SESSION_EVENTS =
      Arrays.stream(AgentSessionEvent.values()).map(Enum::name).toList();
  private static final List<String> AGENT_EVENTS =
      Arrays.stream(AgentEvent.values()).map(Enum::name).toList();
  private static final List<String> AGENT_STATES =
      Arrays.stream(AgentState.values()).map(Enum::name).toList();

  private final Binding b;
  private final Names names;

  ExpectationBinder(Binding b, Names names) {
    this.b = b;
    this.names = names;
  }

  List<Expectation> bind(Node node, Duration until) {
    List<Expectation> expectations = new ArrayList<>();
    if (node == null) {
      return expectations;
    }
    Node.ListNode list = Binding.attempt(() -> b.list(node, "`expect:`"));
    if (list == null) {
      return expectations;
    }
    for (Node item : list.items()) {
      Expectation expectation = Binding.attempt(() -> expectation(item, until));
      if (expectation != null) {
        expectations.add(expectation);
      }
    }
    return expectations;
  }

  private Expectation expectation(Node node, Duration until) {
    Node.MapNode map = b.map(node, "an expectation");
    Node.Entry neverEntry = map.entries().get("never");
    if (neverEntry != null) {
      b.fields(map, "an expectation with `never:`", List.of("never"));
      return never(neverEntry.value());
    }
    Expectation.Target target = target(map);
    Statistic.Kind kind = kind(target);
    List<String> allowed = new ArrayList<>(STRUCTURE);
    if (kind != null) {
      Statistic.of(kind).forEach(s -> allowed.add(s.key()));
    }
    Map<String, Node.Entry> fields = map.entries();
    List<String> hintKeys =
        allowed.stream()
            .filter(k -> !TARGETS.contains(k) && !k.equals("never") && !fields.containsKey(k))
            .toList();
    Node.Entry firstStatistic = null;
    boolean unknownKeys = false;
    boolean statistics = false;
    for (Node.Entry entry : fields.values()) {
      if (kind != null && Statistic.find(kind, entry.key()) != null) {
        statistics = true;
        firstStatistic = firstStatistic == null ? entry : firstStatistic;
      } else if (!allowed.contains(entry.key())) {
        unknownKeys = true;
        b.report(
            entry.keyAt(),
            "unknown key `"
                + entry.key()
                + "` in an expectation about "
                + kindOf(target)
                + Suggest.hint(entry.key(), hintKeys));
      }
    }
    Node at = Binding.optional(map, "at");
    Node within = Binding.optional(map, "within");
    Node event = Binding.optional(map, "event");
    Node state = Binding.optional(map, "state");
    if (at != null && within != null) {
      throw b.fail(within.at(), "give `at:` or `within:`, not both");
    }
    if (event != null && state != null) {
      throw b.fail(state.at(), "an expectation checks an `event:` or a `state:`, not both");
    }
    if ((event != null || state != null) && firstStatistic != null) {
      throw b.fail(
          firstStatistic.keyAt(),
          "an expectation checks "
              + (event != null ? "an `event:`" : "a `state:`")
              + " or statistics, not both; make `"
              + firstStatistic.key()
              + ":` an expectation of its own");
    }
    Duration atTime = at == null ? null : time(at, "`at:`", until);
    if (event != null) {
      String name = eventName(event, target);
      Duration from = atTime != null ? atTime : Duration.ZERO;
      Duration to = atTime != null ? atTime : null;
      if (within != null) {
        Duration[] window = window(within, until);
        from = window[0];
        to = window[1];
      }
      return new Expectation.EventWithin(map.at(), target, name, from, to);
    }
    if (within != null) {
      throw b.fail(
          within.at(), "`within:` goes with `event:`; for a state or statistics use `at:`");
    }
    if (state != null) {
      return new Expectation.StateAt(map.at(), target, stateName(state, target), atTime);
    }
    List<Expectation.Check> checks = new ArrayList<>();
    for (Node.Entry entry : fields.values()) {
      Statistic statistic = kind == null ? null : Statistic.find(kind, entry.key());
      if (statistic != null) {
        Expectation.Check check = Binding.attempt(() -> check(entry, statistic));
        if (check != null) {
          checks.add(check);
        }
      }
    }
    if (statistics || unknownKeys) {
      if (checks.isEmpty()) {
        throw b.abandon(); // each wrong statistic or misspelt key is reported with its position
      }
    } else if (kind == null) {
      throw b.fail(map.at(), "this expectation checks nothing: give the call an `event:`");
    } else {
      throw b.fail(
          map.at(),
          "this expectation checks nothing: give an `event:`, a `state:` or statistics such as "
              + String.join(
                  ", ",
                  allowed.subList(
                      STRUCTURE.size(), Math.min(allowed.size(), STRUCTURE.size() + 4))));
    }
    return new Expectation.StatisticsAt(map.at(), target, atTime, checks);
  }

  private Expectation.Never never(Node node) {
    if (Binding.isNull(node)) {
      throw b.fail(node.at(), "`never:` is empty; give it what it is about and an `event:`");
    }
    Node.MapNode map = b.map(node, "`never:`");
    b.fields(map, "`never:`", List.of("session", "agent", "queue", "call", "event"));
    Expectation.Target target = target(map);
    String event = eventName(b.required(map, "event", "`never:`"), target);
    return new Expectation.Never(map.at(), target, event);
  }

  private Expectation.Target target(Node.MapNode map) {
    List<Node.Entry> given =
        map.entries().values().stream().filter(e -> TARGETS.contains(e.key())).toList();
    if (given.isEmpty()) {
      throw b.fail(
          map.at(),
          "an expectation names what it is about: `session:`, `agent:`, `queue:` or `call:`");
    }
    if (given.size() > 1) {
      throw b.fail(
          given.get(1).keyAt(),
          "an expectation is about one thing, but names `"
              + given.get(0).key()
              + "` and `"
              + given.get(1).key()
              + "`");
    }
    Node value = given.get(0).value();
    return switch (given.get(0).key()) {
      case "session" -> new Expectation.SessionTarget(TimelineBinder.session(value, names, b));
      case "agent" -> {
        String agent = b.text(value, "`agent:`");
        if (names.isBrokenAgent(agent)) {
          throw b.abandon();
        }
        if (!names.agents.containsKey(agent)) {
          throw b.fail(
              value.at(), "no agent `" + agent + "`" + Suggest.hint(agent, names.agents.keySet()));
        }
        yield new Expectation.AgentTarget(AgentId.of(agent));
      }
      case "queue" -> {
        String queue = b.text(value, "`queue:`");
        if (names.isBrokenGroup(queue)) {
          throw b.abandon();
        }
        if (!names.groups.contains(queue)) {
          throw b.fail(value.at(), "no queue `" + queue + "`" + Suggest.hint(queue, names.groups));
        }
        yield new Expectation.QueueTarget(GroupId.of(queue));
      }
      default -> {
        String call = b.text(value, "`call:`");
        if (!names.calls.contains(call)) {
          throw b.fail(
              value.at(),
              "no scripted call with id `" + call + "`" + Suggest.hint(call, names.calls));
        }
        yield new Expectation.CallTarget(call);
      }
    };
  }

  /** Returns what kind of thing a target is, with its article: "a session", "an agent". */
  private static String kindOf(Expectation.Target target) {
    String kind = target.describe().split(" ")[0];
    return (kind.startsWith("a") ? "an " : "a ") + kind;
  }

  private static Statistic.Kind kind(Expectation.Target target) {
    if (target instanceof Expectation.SessionTarget) {
      return Statistic.Kind.SESSION;
    }
    if (target instanceof Expectation.AgentTarget) {
      return Statistic.Kind.AGENT;
    }
    if (target instanceof Expectation.QueueTarget) {
      return Statistic.Kind.QUEUE;
    }
    return null;
  }

  private String eventName(Node node, Expectation.Target target) {
    String text = b.text(node, "`event:`").toUpperCase(Locale.ROOT);
    List<String> valid;
    String prefix;
    if (target instanceof Expectation.SessionTarget) {
      valid = SESSION_EVENTS;
      prefix = "ASE_";
    } else if (target instanceof Expectation.AgentTarget) {
      valid = AGENT_EVENTS;
      prefix = "AE_";
    } else {
      valid = CALL_EVENTS;
      prefix = "CALL_";
    }
    String bare = text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    if (!valid.contains(bare)) {
      throw b.fail(
          node.at(),
          "`" + text + "` is not an event of " + kindOf(target) + Suggest.hint(bare, valid));
    }
    return bare;
  }

  private String stateName(Node node, Expectation.Target target) {
    if (target instanceof Expectation.SessionTarget) {
      return TimelineBinder.sessionState(node, b).name();
    }
    if (!(target instanceof Expectation.AgentTarget)) {
      throw b.fail(node.at(), "only sessions and agents have a `state:`");
    }
    String text = b.text(node, "`state:`").toUpperCase(Locale.ROOT);
    String bare = text.startsWith("AS_") ? text.substring(3) : text;
    if (!AGENT_STATES.contains(bare)) {
      throw b.fail(
          node.at(), "unknown agent state `" + text + "`" + Suggest.hint(bare, AGENT_STATES));
    }
    return bare;
  }

  private Duration time(Node node, String what, Duration until) {
    Duration time = b.duration(node, what);
    if (until != null && time.compareTo(until) > 0) {
      throw b.fail(
          node.at(),
          what
              + " "
              + Durations.format(time)
              + " is after the end of the run (until: "
              + Durations.format(until)
              + ")");
    }
    return time;
  }

  private Duration[] window(Node node, Duration until) {
    Node.ListNode list = b.list(node, "`within:`");
    if (list.items().size() != 2) {
      throw b.fail(node.at(), "`within:` takes two times: [FROM, TO]");
    }
    Duration from = time(list.items().get(0), "`within:` start", until);
    Duration to = time(list.items().get(1), "`within:` end", until);
    if (to.compareTo(from) < 0) {
      throw b.fail(node.at(), "`within:` ends before it starts");
    }
    return new Duration[] {from, to};
  }

  private Expectation.Check check(Node.Entry entry, Statistic statistic) {
    Node value = entry.value();
    String what = "`" + entry.key() + ":`";
    if (value instanceof Node.MapNode map) {
      b.fields(map, what, List.of("min", "max"));
      Node min = Binding.optional(map, "min");
      Node max = Binding.optional(map, "max");
      if (min == null && max == null) {
        throw b.fail(map.at(), what + " needs `min:`, `max:` or both");
      }
      double low = min == null ? Double.NEGATIVE_INFINITY : amount(min, statistic, what + " min");
      double high = max == null ? Double.POSITIVE_INFINITY : amount(max, statistic, what + " max");
      if (high < low) {
        throw b.fail(map.at(), what + " max is below min");
      }
      return new Expectation.Check(entry.keyAt(), statistic, low, high);
    }
    double exact = amount(value, statistic, what);
    return new Expectation.Check(entry.keyAt(), statistic, exact, exact);
  }

  private double amount(Node node, Statistic statistic, String what) {
    return switch (statistic.unit()) {
      case COUNT -> b.integer(node, what, 0, Long.MAX_VALUE);
      case SECONDS -> b.duration(node, what).toNanos() / 1e9;
      case RATIO -> ratio(node, what);
      case NUMBER -> {
        double number = b.number(node, what);
        if (number < 0) {
          throw b.fail(node.at(), what + " cannot be negative");
        }
        yield number;
      }
    };
  }

  private double ratio(Node node, String what) {
    Node.Scalar scalar = b.scalar(node, what);
    double value;
    if (scalar.type() == Node.Scalar.Type.STRING && scalar.text().trim().endsWith("%")) {
      String digits = scalar.text().trim();
      try {
        value = Double.parseDouble(digits.substring(0, digits.length() - 1)) / 100.0;
      } catch (NumberFormatException e) {
        throw b.fail(node.at(), what + " `" + digits + "` is not a percentage");
      }
    } else {
      value = b.number(node, what);
    }
    if (!(value >= 0 && value <= 1)) {
      throw b.fail(
          node.at(), what + " is a share from 0 to 1 (or 0% to 100%), not " + scalar.text());
    }
    return value;
  }
}
