package org.tapisim.acd.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallBlocked;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallOffered;
import org.tapisim.model.CallQueued;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEvent;
import org.tapisim.model.TapiEventListener;

/**
 * Numbers the switch's events and hands them to listeners in order.
 *
 * <p>Every event takes the next sequence number whether or not anyone listens, so the numbering is
 * the same with and without listeners; event records are only built when someone listens. Events
 * raised while the switch changes state wait in an outbox and are delivered when the change is
 * complete ({@link #drain()}), so a listener that calls back into the switch sees a consistent
 * state. Owned by the switch's owning thread.
 */
final class Emitter {
  private static final Logger LOG = LoggerFactory.getLogger(Emitter.class);
  private static final Registration[] NONE = new Registration[0];

  private final Instant epoch;
  private final ArrayDeque<TapiEvent> outbox = new ArrayDeque<>();
  private Registration[] registrations = NONE;
  private boolean draining;
  private long sequence;
  private long instantNanos = -1;
  private Instant instant;

  Emitter(Instant epoch) {
    this.epoch = epoch;
  }

  /** Returns how many events were raised so far. */
  long count() {
    return sequence;
  }

  Subscription subscribe(TapiEventListener listener) {
    Registration registration = new Registration(listener);
    Registration[] grown = Arrays.copyOf(registrations, registrations.length + 1);
    grown[grown.length - 1] = registration;
    registrations = grown;
    return registration;
  }

  private void unsubscribe(Registration registration) {
    registrations =
        Arrays.stream(registrations).filter(r -> r != registration).toArray(Registration[]::new);
  }

  /** Delivers waiting events to the listeners, unless a delivery is already under way. */
  void drain() {
    if (draining || outbox.isEmpty()) {
      return;
    }
    draining = true;
    try {
      TapiEvent event;
      while ((event = outbox.poll()) != null) {
        for (Registration registration : registrations) {
          registration.deliver(event);
        }
      }
    } finally {
      draining = false;
    }
  }

  void sessionChanged(
      long now, SimSession session, AgentSessionState from, AgentSessionState to, SimCall call) {
    long n = ++sequence;
    if (registrations.length > 0) {
      AgentSessionEvent event = from == null ? AgentSessionEvent.NEW_SESSION : to.event();
      outbox.add(
          new SessionChanged(
              at(now), n, session.id(), event, from, to, call == null ? null : call.id()));
    }
  }

  void agentChanged(long now, SimAgent agent, AgentState from, AgentState to) {
    long n = ++sequence;
    if (registrations.length > 0) {
      outbox.add(new AgentChanged(at(now), n, agent.id(), to.event(), from, to));
    }
  }

  void callOffered(long now, SimCall call) {
    long n = ++sequence;
    if (registrations.length > 0) {
      outbox.add(new CallOffered(at(now), n, call.id(), call.simGroup.id()));
    }
  }

  void callQueued(long now, SimCall call, long position) {
    long n = ++sequence;
    if (registrations.length > 0) {
      outbox.add(new CallQueued(at(now), n, call.id(), call.simGroup.id(), position));
    }
  }

  void callBlocked(long now, SimCall call) {
    long n = ++sequence;
    if (registrations.length > 0) {
      outbox.add(new CallBlocked(at(now), n, call.id(), call.simGroup.id()));
    }
  }

  void callDelivered(long now, SimCall call, SimSession session, long waitNanos) {
    long n = ++sequence;
    if (registrations.length > 0) {
      outbox.add(
          new CallDelivered(
              at(now),
              n,
              call.id(),
              call.simGroup.id(),
              session.id(),
              Duration.ofNanos(waitNanos)));
    }
  }

  void callAbandoned(long now, SimCall call, long waitNanos) {
    long n = ++sequence;
    if (registrations.length > 0) {
      outbox.add(
          new CallAbandoned(
              at(now), n, call.id(), call.simGroup.id(), Duration.ofNanos(waitNanos)));
    }
  }

  void callEnded(
      long now, SimCall call, SimSession session, long talkNanos, CallEnded.Reason reason) {
    long n = ++sequence;
    if (registrations.length > 0) {
      outbox.add(
          new CallEnded(
              at(now),
              n,
              call.id(),
              call.simGroup.id(),
              session.id(),
              Duration.ofNanos(talkNanos),
              reason));
    }
  }

  /** Returns the instant of a sim time, reusing the last one while time stands still. */
  private Instant at(long now) {
    if (now != instantNanos) {
      instant = epoch.plusNanos(now);
      instantNanos = now;
    }
    return instant;
  }

  /** One listener's registration. */
  private final class Registration implements Subscription {
    private final TapiEventListener listener;
    private volatile boolean closed;

    Registration(TapiEventListener listener) {
      this.listener = listener;
    }

    void deliver(TapiEvent event) {
      if (closed) {
        return;
      }
      try {
        listener.onEvent(event);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (RuntimeException | Error e) {
        LOG.warn("listener {} failed on event {}; it stays registered", listener, event, e);
      }
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        unsubscribe(this);
      }
    }
  }
}
