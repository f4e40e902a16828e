package org.tapisim.bridge;

import java.util.ArrayList;
import java.util.List;
import org.tapisim.bridge.jna.GUID;
import org.tapisim.bridge.jna.LINEQUEUEENTRY;
import org.tapisim.bridge.jna.LINEQUEUELIST;
import org.tapisim.bridge.jna.Tapi32;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineError;
import org.tapisim.model.Queue;
import org.tapisim.model.QueueId;
import org.tapisim.model.TapiException;

/** An ACD group over TAPI 2.2 (a {@code LINEAGENTGROUPENTRY}: a GUID and a name). Thread-safe. */
final class BridgeGroup implements AcdGroup {
  private static final int QUEUE_LIST_SIZE = 512;

  private final BridgeAgentHandler handler;
  private final GroupId id;
  private final byte[] guid;

  BridgeGroup(BridgeAgentHandler handler, GroupId id, byte[] guid) {
    this.handler = handler;
    this.id = id;
    this.guid = guid.clone();
  }

  TapiLine line() {
    return handler.line();
  }

  byte[] guid() {
    return guid.clone();
  }

  @Override
  public GroupId id() {
    return id;
  }

  /**
   * Returns its queues with {@code lineGetQueueList}.
   *
   * @throws TapiException with INCOMPATIBLEAPIVERSION when the line negotiated less than TAPI 3.0
   */
  @Override
  public List<Queue> queues() {
    return List.copyOf(refreshQueues());
  }

  List<BridgeQueue> refreshQueues() {
    TapiLine line = line();
    String what = "group " + id + ": list queues";
    if (line.version < Tapi32.TAPI_VERSION_3_0) {
      throw new TapiException(
          LineError.INCOMPATIBLEAPIVERSION, what + ": queues need TAPI 3.0 on the line");
    }
    GUID groupId = GUID.ofBytes(guid);
    LINEQUEUELIST list =
        line.fetch(
            what,
            LINEQUEUELIST::new,
            QUEUE_LIST_SIZE,
            l -> line.tapi.lineGetQueueList(line.line, groupId, l));
    List<BridgeQueue> queues = new ArrayList<>();
    for (LINEQUEUEENTRY entry : list.entries()) {
      QueueId queueId = QueueId.of(list.name(entry));
      int tapiId = entry.dwQueueID;
      queues.add(
          handler.directory().queue(tapiId, () -> new BridgeQueue(line, this, queueId, tapiId)));
    }
    return queues;
  }

  @Override
  public String toString() {
    return "group " + id;
  }
}
