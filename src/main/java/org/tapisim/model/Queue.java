package org.tapisim.model;

import java.time.Duration;

/** An ACD queue: TAPI 3's {@code ITQueue} (TAPI 2.2's {@code LINEQUEUEINFO}). */
public interface Queue {
  /** Returns its identifier, which is its name. */
  QueueId id();

  /** Returns its name ({@code get_Name}). */
  default String name() {
    return id().value();
  }

  /** Returns its statistics over the current measurement period. */
  QueueStatistics statistics();

  /** Returns the statistics window, {@link Duration#ZERO} when none was set. */
  Duration measurementPeriod();

  /**
   * Sets the statistics window and resets the queue's counters ({@code put_MeasurementPeriod}, TAPI
   * 2.2 {@code lineSetQueueMeasurementPeriod}).
   *
   * @throws TapiException with {@code INVALPARAM} unless {@code period} is positive
   */
  void setMeasurementPeriod(Duration period);

  /**
   * Returns the call-center KPIs TAPI does not report: offered, answered, abandoned, service level.
   *
   * @throws TapiException with {@code OPERATIONUNAVAIL} where the call center cannot tell (over
   *     real TAPI)
   */
  default QueueKpis kpis() {
    throw new TapiException(
        LineError.OPERATIONUNAVAIL, "queue " + id() + ": TAPI does not report these KPIs");
  }
}
