package org.tapisim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.tapisim.model.TapiEventListener;

/**
 * How to run a scenario.
 *
 * @param speed sim seconds per wall-clock second for a real-time replay, or 0 for virtual time
 * @param listeners told of every event in order (an event log, a report collector), registered
 *     before anything happens
 * @param progress told now and then how far the run is, or {@code null}
 */
public record RunOptions(double speed, List<TapiEventListener> listeners, Progress progress) {

  /** Told now and then how far a run is, on the thread that owns the simulator. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Reports progress.
     *
     * @param elapsed sim time since the start
     * @param calls calls that have arrived
     */
    void update(Duration elapsed, long calls);
  }

  /** Checks the speed and copies the listeners. */
  public RunOptions {
    if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be 0 (virtual time) or positive: " + speed);
    }
    listeners = List.copyOf(listeners);
  }

  /** Returns virtual time without listeners or progress. */
  public static RunOptions virtualTime() {
    return new RunOptions(0, List.of(), null);
  }

  /** Returns a copy that also tells {@code listener} of every event. */
  public RunOptions withListener(TapiEventListener listener) {
    Objects.requireNonNull(listener, "listener");
    List<TapiEventListener> more = new java.util.ArrayList<>(listeners);
    more.add(listener);
    return new RunOptions(speed, more, progress);
  }
}
