package org.tapisim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Durations;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionId;

/** Binds {@code timeline:}: steps in time order, each one action on defined names. */
final class TimelineBinder {
  private static final List<String> ACTIONS =
      List.of("login", "logout", "ready", "not-ready", "set-state", "call", "hangup");
  private static final List<String> STEP_KEYS;
  private static final List<String> SET_STATE_KEYS = List.of("session", "to", "next");
  private static final List<String> CALL_KEYS = List.of("group", "talk", "patience", "id");
  static final List<String> SESSION_STATES =
      Arrays.stream(AgentSessionState.values()).map(Enum::name).toList();
  private static final List<String> ERRORS =
      Arrays.stream(LineError.values()).map(Enum::name).toList();

  static {
    List<String> keys = new ArrayList<>(List.of("at", "expect-error"));
    keys.addAll(ACTIONS);
    STEP_KEYS = List.copyOf(keys);
  }

  private final Binding b;
  private final Names names;

  TimelineBinder(Binding b, Names names) {
    this.b = b;
    this.names = names;
  }

  List<TimelineStep> bind(Node node) {
    List<TimelineStep> steps = new ArrayList<>();
    if (node == null) {
      return steps;
    }
    Node.ListNode list = Binding.attempt(() -> b.list(node, "`timeline:`"));
    if (list == null) {
      return steps;
    }
    TimelineStep previous = null;
    for (Node item : list.items()) {
      TimelineStep step = Binding.attempt(() -> step(item));
      if (step == null) {
        continue;
      }
      if (previous != null && step.at().compareTo(previous.at()) < 0) {
        b.report(
            step.where(),
            "timeline entries must be in time order: "
                + Durations.format(step.at())
                + " comes after "
                + Durations.format(previous.at())
                + " (line "
                + previous.where().line()
                + ")");
      }
      steps.add(step);
      previous = step;
    }
    return steps;
  }

  private TimelineStep step(Node node) {
    Node.MapNode map = b.map(node, "a timeline entry");
    Map<String, Node.Entry> fields = b.fields(map, "a timeline entry", STEP_KEYS);
    Duration at = b.duration(b.required(map, "at", "a timeline entry"), "`at:`");
    List<Node.Entry> actions =
        fields.values().stream().filter(e -> ACTIONS.contains(e.key())).toList();
    if (actions.isEmpty()) {
      throw b.fail(map.at(), "a timeline entry needs one action: " + String.join(", ", ACTIONS));
    }
    if (actions.size() > 1) {
      throw b.fail(
          actions.get(1).keyAt(),
          "a timeline entry holds one action, but this one has `"
              + actions.get(0).key()
              + "` and `"
              + actions.get(1).key()
              + "`; split it into two entries");
    }
    Node.Entry action = actions.get(0);
    Node errorNode = Binding.optional(map, "expect-error");
    LineError error = errorNode == null ? null : lineError(errorNode);
    return new TimelineStep(map.at(), at, action(action), error);
  }

  private TimelineStep.Action action(Node.Entry entry) {
    Node value = entry.value();
    return switch (entry.key()) {
      case "login" -> new TimelineStep.Login(agents(value, "`login:`"));
      case "logout" -> new TimelineStep.Logout(agents(value, "`logout:`"));
      case "ready" -> new TimelineStep.Ready(agents(value, "`ready:`"));
      case "not-ready" -> new TimelineStep.NotReady(agents(value, "`not-ready:`"));
      case "set-state" -> setState(value);
      case "call" -> call(value);
      case "hangup" -> hangup(value);
      default -> throw b.fail(entry.keyAt(), "unknown action `" + entry.key() + "`");
    };
  }

  /** Resolves agent ids, {@code all}, {@code group:NAME} and pool names to agent ids. */
  List<AgentId> agents(Node node, String what) {
    Set<String> chosen = new LinkedHashSet<>();
    for (Node item : b.items(node, what)) {
      String selector = b.text(item, "an agent");
      if (selector.equals("all")) {
        chosen.addAll(names.agents.keySet());
      } else if (selector.startsWith("group:")) {
        String group = selector.substring("group:".length()).trim();
        if (!names.groups.contains(group)) {
          throw b.fail(item.at(), "no group `" + group + "`" + Suggest.hint(group, names.groups));
        }
        chosen.addAll(names.agentsIn(group));
      } else if (names.agents.containsKey(selector)) {
        chosen.add(selector);
      } else if (names.pools.containsKey(selector)) {
        chosen.addAll(names.pools.get(selector));
      } else {
        List<String> known = new ArrayList<>(names.agents.keySet());
        known.addAll(names.pools.keySet());
        throw b.fail(
            item.at(),
            "no agent `"
                + selector
                + "` (agents are given by id, `all`, `group:NAME` or a pool's name)"
                + Suggest.hint(selector, known));
      }
    }
    if (chosen.isEmpty()) {
      throw b.fail(node.at(), what + " selects no agent");
    }
    return chosen.stream().map(AgentId::of).toList();
  }

  private TimelineStep.SetState setState(Node node) {
    Node.MapNode map = b.map(node, "`set-state:`");
    b.fields(map, "`set-state:`", SET_STATE_KEYS);
    SessionId session = session(b.required(map, "session", "`set-state:`"), names, b);
    AgentSessionState to = sessionState(b.required(map, "to", "`set-state:`"), b);
    Node nextNode = Binding.optional(map, "next");
    AgentSessionState next = nextNode == null ? null : sessionState(nextNode, b);
    return new TimelineStep.SetState(session, to, next);
  }

  private TimelineStep.PlaceCall call(Node node) {
    Node.MapNode map = b.map(node, "`call:`");
    b.fields(map, "`call:`", CALL_KEYS);
    Node groupNode = b.required(map, "group", "`call:`");
    String group = b.text(groupNode, "`group:`");
    if (!names.groups.contains(group)) {
      throw b.fail(groupNode.at(), "no group `" + group + "`" + Suggest.hint(group, names.groups));
    }
    Distribution talk = b.distribution(b.required(map, "talk", "`call:`"), "`talk:`");
    Node patienceNode = Binding.optional(map, "patience");
    Distribution patience =
        patienceNode == null ? null : b.distribution(patienceNode, "`patience:`");
    Node idNode = Binding.optional(map, "id");
    String label = null;
    if (idNode != null) {
      label = b.id(idNode, "a call id");
      if (!names.calls.add(label)) {
        throw b.fail(idNode.at(), "call id `" + label + "` is used twice");
      }
    }
    return new TimelineStep.PlaceCall(GroupId.of(group), talk, patience, label);
  }

  private TimelineStep.Hangup hangup(Node node) {
    String label = b.text(node, "`hangup:`");
    if (!names.calls.contains(label)) {
      throw b.fail(
          node.at(),
          "no earlier call with id `" + label + "` to hang up" + Suggest.hint(label, names.calls));
    }
    return new TimelineStep.Hangup(label);
  }

  private LineError lineError(Node node) {
    String text = b.text(node, "`expect-error:`").toUpperCase(Locale.ROOT);
    String bare = text.startsWith("LINEERR_") ? text.substring("LINEERR_".length()) : text;
    if (!ERRORS.contains(bare)) {
      throw b.fail(node.at(), "unknown TAPI error `" + text + "`" + Suggest.hint(bare, ERRORS));
    }
    return LineError.valueOf(bare);
  }

  /** Reads {@code agent/group} naming a session the script's agents can have. */
  static SessionId session(Node node, Names names, Binding b) {
    String text = b.text(node, "a session");
    List<String> known = names.sessions();
    if (!known.contains(text)) {
      String why =
          text.indexOf('/') < 0
              ? "sessions are written agent/group"
              : names.agents.containsKey(text.substring(0, text.indexOf('/')))
                  ? "that agent is not in that group"
                  : "no such agent";
      throw b.fail(
          node.at(), "no session `" + text + "` (" + why + ")" + Suggest.hint(text, known));
    }
    return SessionId.parse(text);
  }

  /** Reads an AGENT_SESSION_STATE name; the {@code ASST_} prefix and any case are accepted. */
  static AgentSessionState sessionState(Node node, Binding b) {
    String text = b.text(node, "a session state").toUpperCase(Locale.ROOT);
    String bare = text.startsWith("ASST_") ? text.substring("ASST_".length()) : text;
    if (!SESSION_STATES.contains(bare)) {
      throw b.fail(
          node.at(), "unknown session state `" + text + "`" + Suggest.hint(bare, SESSION_STATES));
    }
    return AgentSessionState.valueOf(bare);
  }
}
