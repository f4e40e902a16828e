package org.tapisim.scenario.output;

import static org.tapisim.scenario.output.EventEncoder.ascii;
import static org.tapisim.scenario.output.EventEncoder.names;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.tapisim.model.AcdGroupEvent;
import org.tapisim.model.AcdQueueEvent;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentEvent;
import org.tapisim.model.AgentHandlerChanged;
import org.tapisim.model.AgentHandlerEvent;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallBlocked;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallId;
import org.tapisim.model.CallQueued;
import org.tapisim.model.GroupChanged;
import org.tapisim.model.LineClosed;
import org.tapisim.model.QueueChanged;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;

/**
 * Aligned text columns: sim time, sequence, object, event, state change, call and detail. Columns
 * that are empty at the end of a line are left off, so lines carry no trailing spaces.
 */
final class TextEncoder implements EventEncoder {
  // where each column starts (the sequence column is right-aligned and ends at SEQ_END)
  static final int SEQ_END = 22;
  static final int OBJECT = 24;
  static final int EVENT = 41;
  static final int STATE = 54;
  static final int CALL = 82;
  static final int DETAIL = 91;

  private static final byte[] ARROW = "→ ".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SPACED_ARROW = " → ".getBytes(StandardCharsets.UTF_8);
  private static final byte[] WAIT = ascii(" wait ");
  private static final byte[] WAIT_FIRST = ascii("wait ");
  private static final byte[] TALK = ascii(" talk ");
  private static final byte[] POSITION = ascii("position ");
  private static final byte[] QUEUE_FULL = ascii("queue full");
  private static final byte[] GROUP = ascii("group ");

  private static final byte[][] SESSION_EVENTS = names(AgentSessionEvent.values(), "", "");
  private static final byte[][] SESSION_STATES = names(AgentSessionState.values(), "", "");
  private static final byte[][] AGENT_EVENTS = names(AgentEvent.values(), "", "");
  private static final byte[][] AGENT_STATES = names(AgentState.values(), "", "");
  private static final byte[][] QUEUE_EVENTS = names(AcdQueueEvent.values(), "", "");
  private static final byte[][] GROUP_EVENTS = names(AcdGroupEvent.values(), "", "");
  private static final byte[][] HANDLER_EVENTS = names(AgentHandlerEvent.values(), "", "");
  private static final byte[][] CALL_EVENTS = names(CallEvent.Kind.values(), "", "");
  private static final byte[][] REASONS = names(CallEnded.Reason.values(), " ", "");

  @Override
  public void header(Instant origin, ByteSink out) {
    out.ascii("time").padTo(SEQ_END - 3).ascii("seq");
    out.padTo(OBJECT).ascii("object").padTo(EVENT).ascii("event").padTo(STATE).ascii("state");
    out.padTo(CALL).ascii("call").padTo(DETAIL).ascii("detail").newline();
  }

  @Override
  public void encode(TapiEvent event, long offsetNanos, ByteSink out) {
    out.eventClock(offsetNanos);
    long sequence = event.sequence();
    out.padTo(SEQ_END - ByteSink.digits(sequence)).decimal(sequence);
    out.padTo(OBJECT);
    if (event instanceof SessionChanged e) {
      session(e.session(), out);
      out.padTo(EVENT).ascii(SESSION_EVENTS[e.event().ordinal()]).padTo(STATE);
      if (e.from() != null) {
        out.ascii(SESSION_STATES[e.from().ordinal()]).encoded(SPACED_ARROW, 3);
      } else {
        out.encoded(ARROW, 2);
      }
      out.ascii(SESSION_STATES[e.to().ordinal()]);
      if (e.call() != null) {
        out.padTo(CALL);
        callId(e.call(), out);
      }
    } else if (event instanceof CallEvent e) {
      call(e, out);
    } else if (event instanceof AgentChanged e) {
      out.printable(e.agent().value());
      out.padTo(EVENT).ascii(AGENT_EVENTS[e.event().ordinal()]).padTo(STATE);
      out.ascii(AGENT_STATES[e.from().ordinal()]).encoded(SPACED_ARROW, 3);
      out.ascii(AGENT_STATES[e.to().ordinal()]);
    } else if (event instanceof QueueChanged e) {
      out.printable(e.queue().value()).padTo(EVENT).ascii(QUEUE_EVENTS[e.event().ordinal()]);
      out.padTo(DETAIL).ascii(GROUP).printable(e.group().value());
    } else if (event instanceof GroupChanged e) {
      out.printable(e.group().value()).padTo(EVENT).ascii(GROUP_EVENTS[e.event().ordinal()]);
    } else if (event instanceof AgentHandlerChanged e) {
      out.printable(e.handler()).padTo(EVENT).ascii(HANDLER_EVENTS[e.event().ordinal()]);
    } else if (event instanceof LineClosed e) {
      out.ascii("line").padTo(EVENT).ascii(e.reason().name());
    } else {
      throw new IllegalArgumentException("no text layout for " + event.getClass());
    }
    out.newline();
  }

  private static void call(CallEvent e, ByteSink out) {
    out.printable(e.group().value());
    out.padTo(EVENT).ascii(CALL_EVENTS[e.kind().ordinal()]);
    out.padTo(CALL);
    callId(e.call(), out);
    if (e instanceof CallDelivered d) {
      out.padTo(DETAIL);
      session(d.session(), out);
      out.ascii(WAIT).millisAsSeconds(d.waited().toNanos()).ascii('s');
    } else if (e instanceof CallEnded d) {
      out.padTo(DETAIL);
      session(d.session(), out);
      out.ascii(TALK).millisAsSeconds(d.talkTime().toNanos()).ascii('s');
      out.ascii(REASONS[d.reason().ordinal()]);
    } else if (e instanceof CallQueued q) {
      out.padTo(DETAIL).ascii(POSITION).decimal(q.position());
    } else if (e instanceof CallAbandoned a) {
      out.padTo(DETAIL).ascii(WAIT_FIRST).millisAsSeconds(a.waited().toNanos()).ascii('s');
    } else if (e instanceof CallBlocked) {
      out.padTo(DETAIL).ascii(QUEUE_FULL);
    }
  }

  private static void session(SessionId session, ByteSink out) {
    out.printable(session.agent().value()).ascii('/').printable(session.group().value());
  }

  private static void callId(CallId call, ByteSink out) {
    if (call.label() != null) {
      out.printable(call.label());
    } else {
      out.ascii('#').decimal(call.serial());
    }
  }
}
