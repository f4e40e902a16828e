package org.tapisim.acd.internal;

import java.time.Duration;
import org.tapisim.model.LineError;
import org.tapisim.model.Queue;
import org.tapisim.model.QueueId;
import org.tapisim.model.QueueKpis;
import org.tapisim.model.QueueStatistics;
import org.tapisim.model.TapiException;

/**
 * A group's FIFO queue of waiting calls (an intrusive list through the calls) and its running
 * totals. Public methods are safe from any thread.
 */
final class SimQueue implements Queue {
  final Switch owner;
  final SimGroup group;
  final QueueId id;
  final Period period = new Period();

  SimCall head;
  SimCall tail;
  int size;

  // counters of the current measurement period
  long offered;
  long answered;
  long abandoned;
  long blocked;
  long waited;
  long answeredWithinThreshold;
  long answeredWaitNanos;
  long doneWaitNanos;
  long longestDoneWait;

  SimQueue(Switch owner, SimGroup group) {
    this.owner = owner;
    this.group = group;
    this.id = QueueId.of(group.id().value());
  }

  void add(SimCall call) {
    call.prev = tail;
    call.next = null;
    if (tail == null) {
      head = call;
    } else {
      tail.next = call;
    }
    tail = call;
    size++;
  }

  void remove(SimCall call) {
    SimCall prev = call.prev;
    SimCall next = call.next;
    if (prev == null) {
      head = next;
    } else {
      prev.next = next;
    }
    if (next == null) {
      tail = prev;
    } else {
      next.prev = prev;
    }
    call.prev = null;
    call.next = null;
    size--;
  }

  /** Starts a new measurement period if the current one is over. */
  void roll(long now) {
    if (period.roll(now)) {
      resetCounters();
    }
  }

  void resetCounters() {
    offered = 0;
    answered = 0;
    abandoned = 0;
    blocked = 0;
    waited = 0;
    answeredWithinThreshold = 0;
    answeredWaitNanos = 0;
    doneWaitNanos = 0;
    longestDoneWait = 0;
  }

  /** Counts a call that stopped waiting, answered or abandoned. */
  void countWait(long waitNanos) {
    doneWaitNanos += waitNanos;
    if (waitNanos > longestDoneWait) {
      longestDoneWait = waitNanos;
    }
  }

  @Override
  public QueueId id() {
    return id;
  }

  @Override
  public QueueStatistics statistics() {
    return owner.read(
        () -> {
          long now = owner.now();
          roll(now);
          long current = head == null ? 0 : now - head.arrival;
          long done = answered + abandoned;
          return new QueueStatistics(
              Duration.ofNanos(period.length()),
              offered,
              size,
              abandoned,
              0,
              0,
              Duration.ofNanos(Math.max(longestDoneWait, current)),
              Duration.ofNanos(current),
              done == 0 ? Duration.ZERO : Duration.ofNanos(doneWaitNanos / done),
              0);
        });
  }

  @Override
  public QueueKpis kpis() {
    return owner.read(
        () -> {
          roll(owner.now());
          return new QueueKpis(
              offered,
              answered,
              abandoned,
              blocked,
              waited,
              size,
              answeredWithinThreshold,
              Duration.ofNanos(group.serviceLevelNanos),
              Duration.ofNanos(answeredWaitNanos),
              Duration.ofNanos(doneWaitNanos),
              Duration.ofNanos(longestDoneWait));
        });
  }

  @Override
  public Duration measurementPeriod() {
    return owner.read(() -> Duration.ofNanos(period.length()));
  }

  @Override
  public void setMeasurementPeriod(Duration length) {
    owner.exec(
        () -> {
          if (!Switch.isMeasurementPeriod(length)) {
            throw new TapiException(
                LineError.INVALPARAM,
                "queue "
                    + id
                    + ": a measurement period must be from 1 ns to "
                    + Switch.MAX_MEASUREMENT_PERIOD.toSeconds()
                    + " s, not "
                    + length);
          }
          period.restart(owner.now(), length.toNanos());
          resetCounters();
          return null;
        });
  }

  @Override
  public String toString() {
    return "queue " + id;
  }
}
