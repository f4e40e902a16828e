package org.tapisim.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Durations;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.RateSegment;
import org.tapisim.acd.Routing;
import org.tapisim.acd.Traffic;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.AgentId;
import org.tapisim.model.GroupId;

/**
 * Binds a script's top level, groups, agents and traffic, and hands the timeline and expectations
 * to their own binders; throws one {@link ScriptException} with every problem found.
 */
final class ScenarioBinder {
  /** The most agents a script may define, pools included. */
  static final int MAX_AGENTS = 100_000;

  private static final List<String> TOP =
      List.of(
          "scenario",
          "description",
          "seed",
          "start",
          "until",
          "groups",
          "agents",
          "traffic",
          "timeline",
          "expect");
  private static final List<String> GROUP_KEYS =
      List.of("routing", "wrapup", "service-level", "capacity");
  private static final List<String> AGENT_KEYS = List.of("groups", "auto-ready", "count", "start");
  private static final List<String> TRAFFIC_KEYS =
      List.of("group", "rate", "profile", "from", "to", "calls", "talk", "patience");
  private static final List<String> SEGMENT_KEYS = List.of("from", "to", "rate");
  private static final List<String> ROUTINGS =
      java.util.Arrays.stream(Routing.values()).map(Routing::scriptName).toList();
  private static final List<String> STARTS = List.of("logged-out", "not-ready", "ready");

  private final Binding b;
  private final Names names = new Names();

  /** Where each agent was defined (its key, or its pool's), for duplicate messages. */
  private final Map<String, Position> definedAt = new HashMap<>();

  private ScenarioBinder(Path file) {
    this.b = new Binding(file);
  }

  static Scenario bind(Path file, Node root) throws ScriptException {
    ScenarioBinder binder = new ScenarioBinder(file);
    Scenario scenario;
    try {
      scenario = Binding.attempt(() -> binder.scenario(root));
    } catch (Binding.TooMany e) {
      scenario = null;
    }
    if (!binder.b.problems.isEmpty() || scenario == null) {
      throw new ScriptException(binder.b.problems);
    }
    return scenario;
  }

  private Scenario scenario(Node root) {
    Node.MapNode top = b.map(root, "a scenario script");
    b.fields(top, "the script", TOP);
    // A misspelt `agnets:` is reported as such, not also as missing `agents:`.
    List<String> misspelt =
        top.entries().keySet().stream()
            .filter(key -> !TOP.contains(key))
            .map(key -> Suggest.nearest(key, TOP))
            .toList();
    String title = b.text(b.required(top, "scenario", "a script"), "`scenario:` (the title)");
    Node descriptionNode = Binding.optional(top, "description");
    String description =
        descriptionNode == null
            ? ""
            : Binding.attempt(() -> b.text(descriptionNode, "`description:`"));
    Long seed =
        valueOr(top, "seed", 1L, n -> b.integer(n, "`seed:`", Long.MIN_VALUE, Long.MAX_VALUE));
    Instant start = valueOr(top, "start", AcdSimulator.DEFAULT_START, this::instant);
    Duration until = valueOr(top, "until", null, n -> b.positiveDuration(n, "`until:`"));

    List<GroupConfig> groups =
        groups(Binding.optional(top, "groups"), top, misspelt.contains("groups"));
    List<AgentConfig> agents =
        agents(Binding.optional(top, "agents"), top, misspelt.contains("agents"));
    List<Traffic> traffic = traffic(Binding.optional(top, "traffic"), until);
    List<TimelineStep> timeline =
        new TimelineBinder(b, names).bind(Binding.optional(top, "timeline"));
    List<Expectation> expectations =
        new ExpectationBinder(b, names).bind(Binding.optional(top, "expect"), until);
    return new Scenario(
        b.file,
        title,
        description == null ? "" : description,
        seed == null ? 1L : seed,
        start == null ? AcdSimulator.DEFAULT_START : start,
        until,
        groups,
        agents,
        traffic,
        timeline,
        expectations);
  }

  private <T> T valueOr(
      Node.MapNode map, String key, T fallback, java.util.function.Function<Node, T> read) {
    Node node = Binding.optional(map, key);
    return node == null ? fallback : Binding.attempt(() -> read.apply(node));
  }

  private Instant instant(Node node) {
    String text = b.text(node, "`start:`");
    OffsetDateTime start;
    try {
      start = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw b.fail(
          node.at(), "`start:` `" + text + "` is not a timestamp such as 2026-11-23T08:00:00Z");
    }
    // Far from Instant's limits, so that the start plus any run's length is an instant.
    if (start.getYear() < 1 || start.getYear() > 9999) {
      throw b.fail(node.at(), "`start:` must be in the years 1 to 9999, not " + start.getYear());
    }
    return start.toInstant();
  }

  // ------------------------------------------------------------------ groups

  private List<GroupConfig> groups(Node node, Node.MapNode top, boolean misspelt) {
    if (node == null) {
      names.groupsUnknown = true;
      if (!misspelt) {
        b.report(top.at(), "the script defines no `groups:`; calls need a group to come to");
      }
      return List.of();
    }
    List<GroupConfig> groups = new ArrayList<>();
    Node.MapNode map = Binding.attempt(() -> b.map(node, "`groups:`"));
    if (map == null) {
      names.groupsUnknown = true;
      return groups;
    }
    for (Node.Entry entry : map.entries().values()) {
      String id =
          Binding.attempt(
              () ->
                  b.id(
                      new Node.Scalar(entry.keyAt(), entry.key(), Node.Scalar.Type.STRING),
                      "a group id"));
      if (id == null) {
        names.brokenGroups.add(entry.key());
        continue;
      }
      // The group exists even if its settings are wrong: references to it are not errors.
      names.groups.add(id);
      GroupConfig group = Binding.attempt(() -> group(id, entry));
      if (group != null) {
        groups.add(group);
      }
    }
    return groups;
  }

  private GroupConfig group(String id, Node.Entry entry) {
    GroupConfig group = GroupConfig.of(id);
    if (Binding.isNull(entry.value())) {
      return group;
    }
    Node.MapNode map = b.map(entry.value(), "group `" + id + "`");
    b.fields(map, "group `" + id + "`", GROUP_KEYS);
    Node routing = Binding.optional(map, "routing");
    if (routing != null) {
      String name = b.text(routing, "`routing:`").toLowerCase(Locale.ROOT);
      if (!ROUTINGS.contains(name)) {
        throw b.fail(routing.at(), "unknown routing `" + name + "`" + Suggest.hint(name, ROUTINGS));
      }
      group = group.withRouting(Routing.fromScriptName(name));
    }
    Node wrapup = Binding.optional(map, "wrapup");
    if (wrapup != null) {
      String text = b.text(wrapup, "`wrapup:`");
      if (text.equalsIgnoreCase("manual")) {
        group = group.withWrapup(Wrapup.manual());
      } else {
        Distribution distribution = b.distribution(wrapup, "`wrapup:`");
        group =
            group.withWrapup(
                distribution instanceof Distribution.Constant constant
                    ? Wrapup.fixed(constant.value())
                    : Wrapup.sampled(distribution));
      }
    }
    Node level = Binding.optional(map, "service-level");
    if (level != null) {
      group = group.withServiceLevel(b.duration(level, "`service-level:`"));
    }
    Node capacity = Binding.optional(map, "capacity");
    if (capacity != null) {
      group = group.withCapacity((int) b.integer(capacity, "`capacity:`", 0, 10_000_000));
    }
    return group;
  }

  // ------------------------------------------------------------------ agents

  private List<AgentConfig> agents(Node node, Node.MapNode top, boolean misspelt) {
    List<AgentConfig> agents = new ArrayList<>();
    if (node == null) {
      names.agentsUnknown = true;
      if (!misspelt) {
        b.report(top.at(), "the script defines no `agents:`; calls need agents to answer them");
      }
      return agents;
    }
    Node.MapNode map = Binding.attempt(() -> b.map(node, "`agents:`"));
    if (map == null) {
      names.agentsUnknown = true;
      return agents;
    }
    for (Node.Entry entry : map.entries().values()) {
      List<AgentConfig> defined = Binding.attempt(() -> agent(entry));
      if (defined == null) {
        names.brokenAgents.add(entry.key());
        continue;
      }
      for (AgentConfig agent : defined) {
        String id = agent.id().value();
        if (names.agents.containsKey(id)) {
          b.report(
              entry.keyAt(),
              "agent `"
                  + id
                  + "` is defined twice (first at line "
                  + definedAt.get(id).line()
                  + ")");
          continue;
        }
        definedAt.put(id, entry.keyAt());
        if (names.agents.size() == MAX_AGENTS) {
          b.report(
              entry.keyAt(),
              "more than " + MAX_AGENTS + " agents; tapisim simulates at most that many");
          names.agentsUnknown = true; // the agents after the limit are not known by name
          return agents;
        }
        names.agents.put(id, agent.groups().stream().map(GroupId::value).toList());
        agents.add(agent);
      }
    }
    return agents;
  }

  private List<AgentConfig> agent(Node.Entry entry) {
    String id =
        b.id(new Node.Scalar(entry.keyAt(), entry.key(), Node.Scalar.Type.STRING), "an agent id");
    Node.MapNode map = b.map(entry.value(), "agent `" + id + "`");
    b.fields(map, "agent `" + id + "`", AGENT_KEYS);
    List<GroupId> groups = new ArrayList<>();
    for (Node item : b.items(b.required(map, "groups", "agent `" + id + "`"), "`groups:`")) {
      String group = Binding.attempt(() -> b.text(item, "a group"));
      if (group == null) {
        continue;
      }
      if (names.isBrokenGroup(group)) {
        continue;
      }
      if (!names.groups.contains(group)) {
        b.report(
            item.at(),
            "agent `"
                + id
                + "` names group `"
                + group
                + "`, which is not defined"
                + Suggest.hint(group, names.groups));
      } else if (groups.contains(GroupId.of(group))) {
        b.report(item.at(), "agent `" + id + "` lists group `" + group + "` twice");
      } else {
        groups.add(GroupId.of(group));
      }
    }
    Node autoReady = Binding.optional(map, "auto-ready");
    boolean auto = autoReady == null || b.bool(autoReady, "`auto-ready:`");
    Node startNode = Binding.optional(map, "start");
    AgentConfig.Start start = AgentConfig.Start.LOGGED_OUT;
    if (startNode != null) {
      String text = b.text(startNode, "`start:`").toLowerCase(Locale.ROOT);
      start =
          switch (text) {
            case "logged-out" -> AgentConfig.Start.LOGGED_OUT;
            case "not-ready" -> AgentConfig.Start.NOT_READY;
            case "ready" -> AgentConfig.Start.READY;
            default ->
                throw b.fail(
                    startNode.at(),
                    "unknown start state `" + text + "`" + Suggest.hint(text, STARTS));
          };
    }
    Node countNode = Binding.optional(map, "count");
    if (countNode == null) {
      return List.of(new AgentConfig(AgentId.of(id), groups, auto, start));
    }
    int count = (int) b.integer(countNode, "`count:`", 1, MAX_AGENTS);
    int width = String.valueOf(count).length();
    List<AgentConfig> pool = new ArrayList<>(count);
    List<String> ids = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String number = Integer.toString(i);
      String member = id + "-" + "0".repeat(width - number.length()) + number;
      pool.add(new AgentConfig(AgentId.of(member), groups, auto, start));
      ids.add(member);
    }
    names.pools.put(id, ids);
    return pool;
  }

  // ------------------------------------------------------------------ traffic

  private List<Traffic> traffic(Node node, Duration until) {
    List<Traffic> streams = new ArrayList<>();
    if (node == null) {
      return streams;
    }
    Node.ListNode list = Binding.attempt(() -> b.list(node, "`traffic:`"));
    if (list == null) {
      return streams;
    }
    for (Node item : list.items()) {
      Traffic stream = Binding.attempt(() -> stream(item, until));
      if (stream != null) {
        streams.add(stream);
      }
    }
    return streams;
  }

  private Traffic stream(Node node, Duration until) {
    Node.MapNode map = b.map(node, "a traffic stream");
    b.fields(map, "a traffic stream", TRAFFIC_KEYS);
    Node groupNode = b.required(map, "group", "a traffic stream");
    String group = b.text(groupNode, "`group:`");
    if (names.isBrokenGroup(group)) {
      throw b.abandon();
    }
    if (!names.groups.contains(group)) {
      throw b.fail(
          groupNode.at(),
          "traffic names group `"
              + group
              + "`, which is not defined"
              + Suggest.hint(group, names.groups));
    }
    Node rate = Binding.optional(map, "rate");
    Node profile = Binding.optional(map, "profile");
    List<RateSegment> segments;
    if ((rate == null) == (profile == null)) {
      throw b.fail(map.at(), "a traffic stream needs exactly one of `rate:` or `profile:`");
    }
    Node callsNode = Binding.optional(map, "calls");
    long calls =
        callsNode == null
            ? Long.MAX_VALUE
            : b.integer(callsNode, "`calls:`", 1, 1_000_000_000_000L);
    if (rate != null) {
      double perHour = b.perHour(rate, "`rate:`");
      Node fromNode = Binding.optional(map, "from");
      Node toNode = Binding.optional(map, "to");
      Duration from = fromNode == null ? Duration.ZERO : b.duration(fromNode, "`from:`");
      Duration to = toNode == null ? until : b.duration(toNode, "`to:`");
      if (to != null && to.compareTo(from) <= 0) {
        throw b.fail(
            toNode != null ? toNode.at() : map.at(),
            "the stream ends at "
                + Durations.format(to)
                + ", not after it starts at "
                + Durations.format(from));
      }
      if (to == null && callsNode == null) {
        throw b.fail(
            map.at(),
            "traffic for `"
                + group
                + "` never ends: give it `to:` or `calls:`, or the script an"
                + " `until:`");
      }
      segments = List.of(new RateSegment(from, to, perHour));
    } else {
      if (Binding.optional(map, "from") != null || Binding.optional(map, "to") != null) {
        throw b.fail(
            map.at(), "with `profile:`, give each segment its own `from:` and `to:` instead");
      }
      segments = profile(profile);
    }
    Distribution talk = b.distribution(b.required(map, "talk", "a traffic stream"), "`talk:`");
    Node patienceNode = Binding.optional(map, "patience");
    Distribution patience =
        patienceNode == null ? null : b.distribution(patienceNode, "`patience:`");
    return new Traffic(GroupId.of(group), segments, calls, talk, patience);
  }

  private List<RateSegment> profile(Node node) {
    List<RateSegment> segments = new ArrayList<>();
    Duration previousEnd = Duration.ZERO;
    for (Node item : b.list(node, "`profile:`").items()) {
      Node.MapNode map = b.map(item, "a profile segment");
      b.fields(map, "a profile segment", SEGMENT_KEYS);
      Duration from = b.duration(b.required(map, "from", "a profile segment"), "`from:`");
      Node toNode = b.required(map, "to", "a profile segment");
      Duration to = b.duration(toNode, "`to:`");
      double perHour = b.perHour(b.required(map, "rate", "a profile segment"), "`rate:`");
      if (to.compareTo(from) <= 0) {
        throw b.fail(
            toNode.at(),
            "the segment ends at "
                + Durations.format(to)
                + ", not after it starts at "
                + Durations.format(from));
      }
      if (from.compareTo(previousEnd) < 0) {
        throw b.fail(
            map.at(),
            "profile segments must be in time order without overlap: this one starts before "
                + Durations.format(previousEnd));
      }
      segments.add(new RateSegment(from, to, perHour));
      previousEnd = to;
    }
    if (segments.isEmpty()) {
      throw b.fail(node.at(), "`profile:` has no segments");
    }
    return segments;
  }
}
