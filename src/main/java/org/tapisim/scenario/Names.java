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

  /**
   * Groups, agents and pools whose definitions have a problem already reported: a reference to one
   * of them is not reported again as undefined.
   */
  final Set<String> broken = new HashSet<>();

  /** Returns whether {@code name} is a broken definition or a member of a broken pool. */
  boolean isBroken(String name) {
    if (broken.contains(name)) {
      return true;
    }
    int dash = name.lastIndexOf('-');
    return dash > 0
        && dash < name.length() - 1
        && name.substring(dash + 1).chars().allMatch(Character::isDigit)
        && broken.contains(name.substring(0, dash));
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
