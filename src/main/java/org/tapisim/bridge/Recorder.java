package org.tapisim.bridge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.tapisim.model.AgentId;
import org.tapisim.model.LineClosed;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/**
 * Records a real switch's agent-session traffic: it makes the named agents known to a {@link
 * Tapi32CallCenter} (TAPI cannot list agents), lists their sessions, and hands every event the line
 * reports to a sink (such as a JSON Lines event log in the format {@code tapisim run --format
 * jsonl} writes, which {@code JsonlEventReader} reads back) until it is stopped, the time is up, or
 * the line goes away. Thread-safe.
 */
public final class Recorder implements AutoCloseable {
  /** Why a recording ended. */
  public enum End {
    /** The requested duration passed. */
    DURATION,
    /** {@link #stop()} was called (for example on Ctrl-C). */
    STOPPED,
    /** The line was closed or TAPI asked for REINIT; the last recorded event says which. */
    LINE_CLOSED
  }

  private final Tapi32CallCenter callCenter;
  private final Instant origin;
  private final CountDownLatch ended = new CountDownLatch(1);
  private final AtomicReference<End> end = new AtomicReference<>();
  private final AtomicLong events = new AtomicLong();
  private volatile Subscription subscription;

  private Recorder(Tapi32CallCenter callCenter, Instant origin) {
    this.callCenter = callCenter;
    this.origin = origin;
  }

  /**
   * Prepares a recording on {@code callCenter}; its origin (time zero of the log) is {@code
   * clock}'s instant now, which should be the clock the call center stamps events with.
   */
  public static Recorder on(Tapi32CallCenter callCenter, Clock clock) {
    return new Recorder(Objects.requireNonNull(callCenter, "callCenter"), clock.instant());
  }

  /** Returns time zero of the recording. */
  public Instant origin() {
    return origin;
  }

  /**
   * Starts recording into {@code sink}: events go to it, one at a time and in order, on the call
   * center's event thread; then the named agents are made known and their sessions listed, so that
   * their state changes, and sessions they open later, are reported.
   *
   * @throws org.tapisim.model.TapiException if an agent cannot be created or listed
   */
  public void start(List<AgentId> agents, TapiEventListener sink) {
    Objects.requireNonNull(sink, "sink");
    subscription = callCenter.subscribe(event -> record(event, sink));
    for (AgentId agent : agents) {
      callCenter.agentHandler().createAgent(agent, "").sessions();
    }
  }

  private void record(TapiEvent event, TapiEventListener sink) {
    sink.onEvent(event);
    events.incrementAndGet();
    if (event instanceof LineClosed) {
      finish(End.LINE_CLOSED);
    }
  }

  /**
   * Waits until the recording ends.
   *
   * @param duration how long to record, or {@code null} until stopped or the line goes away
   * @return why it ended
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public End await(Duration duration) throws InterruptedException {
    if (duration == null) {
      ended.await();
    } else if (!ended.await(duration.toNanos(), TimeUnit.NANOSECONDS)) {
      finish(End.DURATION);
    }
    return end.get();
  }

  /** Ends the recording from any thread. */
  public void stop() {
    finish(End.STOPPED);
  }

  private void finish(End why) {
    end.compareAndSet(null, why);
    ended.countDown();
  }

  /** Returns how many events were recorded so far. */
  public long eventsRecorded() {
    return events.get();
  }

  /** Stops handing events to the sink; the call center stays open. */
  @Override
  public void close() {
    stop();
    Subscription current = subscription;
    if (current != null) {
      current.close();
    }
  }
}
