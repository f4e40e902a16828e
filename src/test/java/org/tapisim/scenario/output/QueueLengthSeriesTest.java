package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tapisim.model.CallId;
import org.tapisim.model.GroupId;

/** A queue's length over time, as maxima per bucket. */
class QueueLengthSeriesTest {
  private static final long SECOND = 1_000_000_000L;

  private final QueueLengthSeries series = new QueueLengthSeries(GroupId.of("sales"));

  private static CallId call(long serial) {
    return new CallId(serial, null);
  }

  @Test
  void follows_queued_delivered_and_abandoned_calls() {
    series.offered(call(1));
    series.delivered(0, call(1)); // straight to an agent: the queue stays empty
    series.offered(call(2));
    series.queued(SECOND, call(2), 1);
    series.offered(call(3));
    series.queued(2 * SECOND, call(3), 2);
    series.delivered(4 * SECOND, call(2));
    series.abandoned(6 * SECOND);

    assertThat(series.peak()).isEqualTo(2);
    // 1 from 1 s to 2 s, 2 until 4 s, 1 until 6 s: 1 + 4 + 2 = 7 call-seconds over 10 s
    assertThat(series.meanLength(10 * SECOND)).isEqualTo(0.7);
    int[] maxima = series.maxima(10 * SECOND);
    assertThat(series.bucketNanos(10 * SECOND)).isEqualTo(QueueLengthSeries.FIRST_BUCKET_NANOS);
    assertThat(maxima).hasSize(101);
    assertThat(maxima[5]).isZero();
    assertThat(maxima[15]).isEqualTo(1);
    assertThat(maxima[30]).isEqualTo(2);
    assertThat(maxima[50]).isEqualTo(1);
    assertThat(maxima[100]).isZero();
  }

  @Test
  void keeps_a_short_peak_visible_as_buckets_merge() {
    for (int c = 1; c <= 5; c++) {
      series.offered(call(c));
      series.queued(SECOND, call(c), c);
    }
    for (int c = 1; c <= 5; c++) {
      series.abandoned(SECOND + c);
    }
    series.offered(call(6));
    series.queued(10_000 * SECOND, call(6), 1);

    long bucket = series.bucketNanos(10_000 * SECOND);
    assertThat(bucket).isGreaterThanOrEqualTo(10_000 * SECOND / QueueLengthSeries.BUCKETS);
    int[] maxima = series.maxima(10_000 * SECOND);
    assertThat(maxima.length).isLessThanOrEqualTo(QueueLengthSeries.BUCKETS);
    assertThat(maxima[(int) (SECOND / bucket)]).isEqualTo(5);
    assertThat(maxima[maxima.length - 1]).isEqualTo(1);
    assertThat(series.peak()).isEqualTo(5);
  }

  @Test
  void never_goes_below_zero_when_it_started_listening_late() {
    series.delivered(SECOND, call(9));
    series.abandoned(2 * SECOND);
    assertThat(series.maxima(3 * SECOND)).containsOnly(0);
  }
}
