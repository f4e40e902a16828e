package org.tapisim.model;

import java.util.List;

/** An ACD group: TAPI 3's {@code ITACDGroup} (TAPI 2.2's {@code LINEAGENTGROUPENTRY}). */
public interface AcdGroup {
  /** Returns its identifier, which is its name. */
  GroupId id();

  /** Returns its name ({@code get_Name}). */
  default String name() {
    return id().value();
  }

  /** Returns its queues ({@code EnumerateQueues}, TAPI 2.2 {@code lineGetQueueList}). */
  List<Queue> queues();
}
