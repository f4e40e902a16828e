package org.tapisim.scenario.output;

import java.util.Arrays;
import org.tapisim.model.CallId;
import org.tapisim.model.GroupId;

/**
 * A queue's length over sim time, kept as the maximum length within each of a fixed number of equal
 * time buckets; when time runs past the last bucket, neighbouring buckets merge (keeping the larger
 * maximum) and buckets become twice as long. Also keeps the peak and the time-weighted mean length
 * exactly. Owned by one thread.
 */
final class QueueLengthSeries {
  /** How many buckets are kept. */
  static final int BUCKETS = 1024;

  /** The first bucket length: 100 ms, so a short run is drawn in detail. */
  static final long FIRST_BUCKET_NANOS = 100_000_000L;

  final GroupId group;
  private final int[] maxima = new int[BUCKETS];
  private long bucketNanos = FIRST_BUCKET_NANOS;
  private int lastBucket = -1;
  private int length;
  private int peak;
  private long lastChange;
  private double area;

  /** The call just offered, until it is queued or delivered at once. */
  private CallId offered;

  QueueLengthSeries(GroupId group) {
    this.group = group;
  }

  // ------------------------------------------------------------- events

  void offered(CallId call) {
    offered = call;
  }

  void queued(long time, CallId call, long position) {
    if (call.equals(offered)) {
      offered = null;
    }
    set(time, (int) Math.min(Integer.MAX_VALUE, position));
  }

  void delivered(long time, CallId call) {
    if (call.equals(offered)) {
      offered = null; // delivered on arrival: it never waited in the queue
    } else {
      set(time, Math.max(0, length - 1));
    }
  }

  void abandoned(long time) {
    set(time, Math.max(0, length - 1));
  }

  // ------------------------------------------------------------- the series

  private void set(long time, int newLength) {
    time = Math.max(time, lastChange);
    reach(time);
    area += (double) length * (time - lastChange);
    lastChange = time;
    length = newLength;
    int bucket = (int) (time / bucketNanos);
    maxima[bucket] = Math.max(maxima[bucket], newLength);
    peak = Math.max(peak, newLength);
  }

  /** Makes the buckets reach {@code time}, carrying the current length into new buckets. */
  private void reach(long time) {
    while (time / bucketNanos >= BUCKETS) {
      merge();
    }
    int bucket = (int) (time / bucketNanos);
    for (int b = lastBucket + 1; b <= bucket; b++) {
      maxima[b] = length;
    }
    lastBucket = Math.max(lastBucket, bucket);
  }

  private void merge() {
    for (int b = 0; b < BUCKETS / 2; b++) {
      maxima[b] = Math.max(maxima[2 * b], maxima[2 * b + 1]);
    }
    Arrays.fill(maxima, BUCKETS / 2, BUCKETS, 0);
    bucketNanos *= 2;
    lastBucket = lastBucket < 0 ? -1 : lastBucket / 2;
  }

  // ------------------------------------------------------------- reading

  /** Returns the bucket length in nanoseconds once the series covers {@code end}. */
  long bucketNanos(long end) {
    long nanos = bucketNanos;
    while (end / nanos >= BUCKETS) {
      nanos *= 2;
    }
    return nanos;
  }

  /**
   * Returns the maximum length per bucket from time zero to {@code end}, at the bucket length
   * {@link #bucketNanos(long)} gives; the series itself is not changed.
   */
  int[] maxima(long end) {
    long nanos = bucketNanos;
    int[] copy = Arrays.copyOf(maxima, BUCKETS);
    int last = lastBucket;
    while (end / nanos >= BUCKETS) {
      for (int b = 0; b < BUCKETS / 2; b++) {
        copy[b] = Math.max(copy[2 * b], copy[2 * b + 1]);
      }
      Arrays.fill(copy, BUCKETS / 2, BUCKETS, 0);
      nanos *= 2;
      last = last < 0 ? -1 : last / 2;
    }
    int endBucket = (int) Math.max(0, Math.min(BUCKETS - 1, end / nanos));
    for (int b = last + 1; b <= endBucket; b++) {
      copy[b] = length;
    }
    return Arrays.copyOf(copy, endBucket + 1);
  }

  /** Returns the longest the queue ever was. */
  int peak() {
    return peak;
  }

  /** Returns the time-weighted mean length from time zero to {@code end}. */
  double meanLength(long end) {
    if (end <= 0) {
      return 0;
    }
    return (area + (double) length * Math.max(0, end - lastChange)) / end;
  }
}
