package org.tapisim.bridge;

import static org.tapisim.bridge.TapiValues.count;
import static org.tapisim.bridge.TapiValues.seconds;

import org.tapisim.bridge.jna.LINEQUEUEINFO;
import org.tapisim.model.QueueStatistics;

/** A queue's statistics as TAPI reports them, as tapisim's record. */
final class QueueStatisticsMapper {
  private QueueStatisticsMapper() {}

  static QueueStatistics map(LINEQUEUEINFO info) {
    return new QueueStatistics(
        seconds(info.dwMeasurementPeriod),
        count(info.dwTotalCallsQueued),
        count(info.dwCurrentCallsQueued),
        count(info.dwTotalCallsAbandoned),
        count(info.dwTotalCallsFlowedIn),
        count(info.dwTotalCallsFlowedOut),
        seconds(info.dwLongestEverWaitTime),
        seconds(info.dwCurrentLongestWaitTime),
        seconds(info.dwAverageWaitTime),
        count(info.dwFinalDisposition));
  }
}
