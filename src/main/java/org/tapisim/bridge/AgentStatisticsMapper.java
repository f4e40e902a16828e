package org.tapisim.bridge;

import static org.tapisim.bridge.TapiValues.count;
import static org.tapisim.bridge.TapiValues.currency;
import static org.tapisim.bridge.TapiValues.seconds;

import org.tapisim.bridge.jna.LINEAGENTINFO;
import org.tapisim.model.AgentStatistics;

/** An agent's statistics as TAPI reports them, as tapisim's record. */
final class AgentStatisticsMapper {
  private AgentStatisticsMapper() {}

  static AgentStatistics map(LINEAGENTINFO info) {
    return new AgentStatistics(
        seconds(info.dwMeasurementPeriod),
        currency(info.cyOverallCallRate),
        count(info.dwNumberOfACDCalls),
        count(info.dwNumberOfIncomingCalls),
        count(info.dwNumberOfOutgoingCalls),
        seconds(info.dwTotalACDTalkTime),
        seconds(info.dwTotalACDCallTime),
        seconds(info.dwTotalACDWrapUpTime));
  }
}
