package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The call center's connection to TAPI ended without the application asking: TAPI 3's {@code
 * ITTAPIObjectEvent} ({@code TE_TAPIOBJECT}) with {@code TE_ADDRESSCLOSE} or {@code TE_REINIT};
 * TAPI 2.2's {@code LINE_CLOSE}, or {@code LINE_LINEDEVSTATE} with {@code LINEDEVSTATE_REINIT}.
 *
 * <p>Requests still waiting fail with {@link TapiException}; after {@link Reason#CLOSED} every
 * request fails, after {@link Reason#REINIT} TAPI answers {@link LineError#REINIT} until the
 * application closes the call center and opens a new one. Immutable and thread-safe.
 *
 * @param time when it happened
 * @param sequence its place in the total order
 * @param reason why the line went away
 */
public record LineClosed(Instant time, long sequence, Reason reason) implements TapiEvent {

  /** Why the line went away. */
  public enum Reason {
    /** TAPI or the provider closed the line ({@code LINE_CLOSE}). */
    CLOSED,
    /** TAPI asks every application to shut down and initialise again ({@code REINIT}). */
    REINIT
  }

  /** Checks that nothing is missing. */
  public LineClosed {
    Events.check(time, sequence);
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public int tapiEventType() {
    return 0x1;
  }
}
