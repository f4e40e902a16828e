package org.tapisim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

  /** The most agents that steps combining selectors ({@code [all, alice]}) may select in all. */
  static final int MAX_SELECTED = 10_000_000;

  private final Binding b;
  private final Names names;
  private final Map<String, List<AgentId>> selections = new HashMap<>();
  private final Map<String, AgentId> agentIds = new HashMap<>();
  private long selected;

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
    int known = b.problems.size();
    Map<String, Node.Entry> fields = b.fields(map, "a timeline entry", STEP_KEYS);
    boolean unknownKeys = b.problems.size() > known;
    Duration at = b.duration(b.required(map, "at", "a timeline entry"), "`at:`");
    List<Node.Entry> actions =
        fields.values().stream().filter(e -> ACTIONS.contains(e.key())).toList();
    if (actions.isEmpty()) {
      if (unknownKeys) {
        throw b.abandon(); // the misspelt action is reported with its suggestion
      }
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

  /**
   * Resolves agent ids, {@code all}, {@code group:NAME} and pool names to agent ids. A step with
   * one selector shares that selector's list with every other step that uses it, so that a thousand
   * {@code ready: all} over a pool of 100 000 cost one list; steps that combine selectors build
   * their own, up to {@link #MAX_SELECTED} agents in all.
   */
  List<AgentId> agents(Node node, String what) {
    Set<String> seen = new LinkedHashSet<>();
    List<List<AgentId>> parts = new ArrayList<>();
    boolean broken = false;
    for (Node item : b.items(node, what)) {
      String selector = b.text(item, "an agent");
      if (seen.add(selector)) {
        List<AgentId> part = selection(item, selector);
        if (part == null) {
          broken = true;
        } else {
          parts.add(part);
        }
      }
    }
    if (broken) {
      throw b.abandon(); // a selected agent's definition has a problem, reported there
    }
    List<AgentId> chosen;
    if (parts.size() == 1) {
      chosen = parts.get(0);
    } else {
      Set<AgentId> union = new LinkedHashSet<>();
      for (List<AgentId> part : parts) {
        if (selected > MAX_SELECTED) {
          throw b.abandon(); // reported once, at the step that went over
        }
        selected += part.size();
        if (selected > MAX_SELECTED) {
          throw b.fail(
              node.at(),
              "the timeline's steps that combine selectors select more than "
                  + MAX_SELECTED
                  + " agents in all; select fewer agents per step");
        }
        union.addAll(part);
      }
      chosen = List.copyOf(union);
    }
    if (chosen.isEmpty()) {
      if (names.agentsUnknown) {
        throw b.abandon(); // `agents:` itself has a problem, reported there
      }
      throw b.fail(node.at(), what + " selects no agent");
    }
    return chosen;
  }

  /** Returns the agents one selector names, or {@code null} if its definition is broken. */
  private List<AgentId> selection(Node item, String selector) {
    List<AgentId> known = selections.get(selector);
    if (known != null) {
      return known;
    }
    List<String> ids;
    if (selector.equals("all")) {
      ids = new ArrayList<>(names.agents.keySet());
    } else if (selector.startsWith("group:")) {
      String group = selector.substring("group:".length()).trim();
      if (group.isEmpty()) {
        throw b.fail(item.at(), "`group:` needs a group's name, e.g. group:sales");
      }
      if (names.isBrokenGroup(group)) {
        return null;
      }
      if (!names.groups.contains(group)) {
        throw b.fail(item.at(), "no group `" + group + "`" + Suggest.hint(group, names.groups));
      }
      ids = names.agentsIn(group);
    } else if (names.agents.containsKey(selector)) {
      ids = List.of(selector);
    } else if (names.pools.containsKey(selector)) {
      ids = names.pools.get(selector);
    } else if (names.isBrokenAgent(selector)) {
      return null;
    } else {
      List<String> choices = new ArrayList<>(names.pools.keySet());
      choices.addAll(names.agents.keySet());
      throw b.fail(
          item.at(),
          "no agent `"
              + selector
              + "` (agents are given by id, `all`, `group:NAME` or a pool's name)"
              + Suggest.hint(selector, choices));
    }
    List<AgentId> agents = List.copyOf(ids.stream().map(this::agentId).toList());
    selections.put(selector, agents);
    return agents;
  }

  private AgentId agentId(String id) {
    return agentIds.computeIfAbsent(id, AgentId::of);
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
    // The id first: a call with a wrong setting still defines its id for hangup and expect.
    Node idNode = Binding.optional(map, "id");
    String label = null;
    if (idNode != null) {
      label = b.id(idNode, "a call id");
      if (!names.calls.add(label)) {
        throw b.fail(idNode.at(), "call id `" + label + "` is used twice");
      }
    }
    Node groupNode = b.required(map, "group", "`call:`");
    String group = b.text(groupNode, "`group:`");
    if (names.isBrokenGroup(group)) {
      throw b.abandon();
    }
    if (!names.groups.contains(group)) {
      throw b.fail(groupNode.at(), "no group `" + group + "`" + Suggest.hint(group, names.groups));
    }
    Distribution talk = b.distribution(b.required(map, "talk", "`call:`"), "`talk:`");
    Node patienceNode = Binding.optional(map, "patience");
    Distribution patience =
        patienceNode == null ? null : b.distribution(patienceNode, "`patience:`");
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
    int slash = text.indexOf('/');
    if (slash > 0
        && (names.isBrokenAgent(text.substring(0, slash))
            || names.isBrokenGroup(text.substring(slash + 1)))) {
      throw b.abandon(); // the agent's definition has a problem, reported there
    }
    List<String> memberOf = slash > 0 ? names.agents.get(text.substring(0, slash)) : null;
    if (memberOf == null || !memberOf.contains(text.substring(slash + 1))) {
      List<String> known = names.sessions();
      String why =
          slash < 0
              ? "sessions are written agent/group"
              : !names.agents.containsKey(text.substring(0, slash))
                  ? "no such agent"
                  : !names.groups.contains(text.substring(slash + 1))
                      ? "no such group"
                      : "that agent is not in that group";
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
