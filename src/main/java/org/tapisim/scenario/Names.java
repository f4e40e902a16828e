package org.tapisim.scenario;

import java.util.ArrayList;
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

  /** Returns the session ids {@code agent/group} the agents can have. */
  List<String> sessions() {
    List<String> ids = new ArrayList<>();
    agents.forEach((agent, memberOf) -> memberOf.forEach(group -> ids.add(agent + "/" + group)));
    return ids;
  }
}
