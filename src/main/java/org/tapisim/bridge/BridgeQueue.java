package org.tapisim.bridge;

import java.time.Duration;
import org.tapisim.bridge.jna.LINEQUEUEINFO;
import org.tapisim.model.Queue;
import org.tapisim.model.QueueId;
import org.tapisim.model.QueueStatistics;

/** An ACD queue over TAPI 3.0's queue functions ({@code dwQueueID}); thread-safe. */
final class BridgeQueue implements Queue {
  private final TapiLine line;
  private final BridgeGroup group;
  private final QueueId id;
  private final int queueId;

  BridgeQueue(TapiLine line, BridgeGroup group, QueueId id, int queueId) {
    this.line = line;
    this.group = group;
    this.id = id;
    this.queueId = queueId;
  }

  BridgeGroup group() {
    return group;
  }

  @Override
  public QueueId id() {
    return id;
  }

  @Override
  public QueueStatistics statistics() {
    return QueueStatisticsMapper.map(info());
  }

  @Override
  public Duration measurementPeriod() {
    return TapiValues.seconds(info().dwMeasurementPeriod);
  }

  @Override
  public void setMeasurementPeriod(Duration period) {
    String what = "queue " + id + ": set measurement period";
    int seconds = TapiValues.periodSeconds(period, what);
    line.call(
        what,
        () -> line.tapi.lineSetQueueMeasurementPeriod(line.line, queueId, seconds),
        null,
        null);
  }

  private LINEQUEUEINFO info() {
    LINEQUEUEINFO info = new LINEQUEUEINFO();
    line.call(
        "queue " + id + ": read info",
        () -> line.tapi.lineGetQueueInfo(line.line, queueId, info),
        null,
        info);
    info.read();
    return info;
  }

  @Override
  public String toString() {
    return "queue " + id;
  }
}
