package org.tapisim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.tapisim.acd.Distribution;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionId;

/**
 * One scripted step of a timeline: an action at a sim time, and optionally the TAPI error it must
 * fail with.
 *
 * @param where the step's position in the script
 * @param at its sim time, as an offset from the start
 * @param action what it does
 * @param expectedError the error it must fail with ({@code expect-error:}), or {@code null}
 */
public record TimelineStep(Position where, Duration at, Action action, LineError expectedError) {

  /** Checks the parts. */
  public TimelineStep {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
  }

  /** What a step does. */
  public sealed interface Action {}

  /** Logs agents in, each to all its groups. */
  public record Login(List<AgentId> agents) implements Action {
    /** Copies the list. */
    public Login {
      agents = List.copyOf(agents);
    }
  }

  /** Logs agents out. */
  public record Logout(List<AgentId> agents) implements Action {
    /** Copies the list. */
    public Logout {
      agents = List.copyOf(agents);
    }
  }

  /** Agents ask for READY. */
  public record Ready(List<AgentId> agents) implements Action {
    /** Copies the list. */
    public Ready {
      agents = List.copyOf(agents);
    }
  }

  /** Agents ask for NOT_READY. */
  public record NotReady(List<AgentId> agents) implements Action {
    /** Copies the list. */
    public NotReady {
      agents = List.copyOf(agents);
    }
  }

  /**
   * A TAPI {@code put_State} on one session.
   *
   * @param next the next state, or {@code null}
   */
  public record SetState(SessionId session, AgentSessionState to, AgentSessionState next)
      implements Action {}

  /**
   * One scripted call.
   *
   * @param talk its talk time (sampled once when the step runs)
   * @param patience its patience, or {@code null} for unlimited
   * @param label its {@code id:}, or {@code null}
   */
  public record PlaceCall(GroupId group, Distribution talk, Distribution patience, String label)
      implements Action {}

  /** Hangs up a scripted call by its {@code id:}. */
  public record Hangup(String label) implements Action {}
}
