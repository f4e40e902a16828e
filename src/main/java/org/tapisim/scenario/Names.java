package org.tapisim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a script defines, for resolving and checking the names its timeline and expectations use.
 */
final class Names {
  /** Group ids in file order. */
  final Set<String> groups = new LinkedHashSet<>();

  /** Agent ids in file order, pools expanded, with each agent's groups. */
  final Map<String, List<String>> agents = new LinkedHashMap<>();

  /** Each pool's name and the ids it expanded to. */
  final Map<String, List<String>> pools = new LinkedHashMap<>();

  /** Scripted call ids, in timeline order. */
  final Set<String> calls = new LinkedHashSet<>();

  /** Groups whose definitions have a reported problem: references to them are not reported. */
  final Set<String> brokenGroups = new HashSet<>();

  /** Agents and pools whose definitions have a reported problem, likewise. */
  final Set<String> brokenAgents = new HashSet<>();

  /** Whether {@code groups:} is missing or not a mapping: no group name can be checked. */
  boolean groupsUnknown;

  /** Whether {@code agents:} is missing or not a mapping: no agent name can be checked. */
  boolean agentsUnknown;

  /** Returns whether {@code name} names a group whose definition has a reported problem. */
  boolean isBrokenGroup(String name) {
    return groupsUnknown || brokenGroups.contains(name);
  }

  /**
   * Returns whether {@code name} names an agent or pool whose definition has a reported problem, or
   * a member of such a pool.
   */
  boolean isBrokenAgent(String name) {
    if (agentsUnknown || brokenAgents.contains(name)) {
      return true;
    }
    int dash = name.lastIndexOf('-');
    return dash > 0
        && dash < name.length() - 1
        && name.substring(dash + 1).chars().allMatch(Character::isDigit)
        && brokenAgents.contains(name.substring(0, dash));
  }

  /** Returns the agents in a group, in agent order. */
  List<String> agentsIn(String group) {
    List<String> members = new ArrayList<>();
    agents.forEach(
        (agent, memberOf) -> {
          if (memberOf.contains(group)) {
            members.add(agent);
          }
        });
    return members;
  }

  /**
   * Returns the session ids {@code agent/group} the agents can have; computed once, when the agents
   * are all defined (timeline and expectations are bound after them).
   */
  List<String> sessions() {
    if (sessions == null) {
      List<String> ids = new ArrayList<>();
      agents.forEach((agent, memberOf) -> memberOf.forEach(group -> ids.add(agent + "/" + group)));
      sessions = List.copyOf(ids);
    }
    return sessions;
  }

  private List<String> sessions;
}
