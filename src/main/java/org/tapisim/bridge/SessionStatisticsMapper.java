package org.tapisim.bridge;

import static org.tapisim.bridge.TapiValues.count;
import static org.tapisim.bridge.TapiValues.currency;
import static org.tapisim.bridge.TapiValues.instantOf;
import static org.tapisim.bridge.TapiValues.seconds;

import org.tapisim.bridge.jna.LINEAGENTSESSIONINFO;
import org.tapisim.model.AgentSessionStatistics;

/** A session's statistics as TAPI reports them, as tapisim's record. */
final class SessionStatisticsMapper {
  private SessionStatisticsMapper() {}

  static AgentSessionStatistics map(LINEAGENTSESSIONINFO info) {
    return new AgentSessionStatistics(
        instantOf(info.dateSessionStartTime),
        seconds(info.dwSessionDuration),
        count(info.dwNumberOfCalls),
        seconds(info.dwTotalTalkTime),
        seconds(info.dwAverageTalkTime),
        seconds(info.dwTotalCallTime),
        seconds(info.dwAverageCallTime),
        seconds(info.dwTotalWrapUpTime),
        seconds(info.dwAverageWrapUpTime),
        currency(info.cyACDCallRate),
        seconds(info.dwLongestTimeToAnswer),
        seconds(info.dwAverageTimeToAnswer));
  }
}
