package org.tapisim.scenario.output;

import static org.tapisim.scenario.output.EventEncoder.ascii;
import static org.tapisim.scenario.output.EventEncoder.names;

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

/** JSON Lines, one object per event; the schema is in the package documentation. */
final class JsonlEncoder implements EventEncoder {
  /** The {@code format} named by the header line. */
  static final String FORMAT_NAME = "tapisim-events";

  /** The schema version named by the header line. */
  static final int VERSION = 1;

  private static final byte[] T = ascii("{\"t\":");
  private static final byte[] SEQ = ascii(",\"seq\":");
  private static final byte[] KIND_SESSION = ascii(",\"kind\":\"session\",\"session\":\"");
  private static final byte[] KIND_AGENT = ascii(",\"kind\":\"agent\",\"agent\":");
  private static final byte[] KIND_QUEUE = ascii(",\"kind\":\"queue\",\"queue\":");
  private static final byte[] KIND_GROUP = ascii(",\"kind\":\"group\",\"group\":");
  private static final byte[] KIND_HANDLER = ascii(",\"kind\":\"handler\",\"handler\":");
  private static final byte[] KIND_LINE = ascii(",\"kind\":\"line\"");
  private static final byte[] KIND_CALL = ascii(",\"kind\":\"call\",\"group\":");
  private static final byte[] GROUP = ascii(",\"group\":");
  private static final byte[] CALL = ascii(",\"call\":");
  private static final byte[] CALL_SERIAL = ascii(",\"call_serial\":");
  private static final byte[] SESSION = ascii(",\"session\":\"");
  private static final byte[] POSITION = ascii(",\"position\":");
  private static final byte[] WAIT = ascii(",\"wait_s\":");
  private static final byte[] TALK = ascii(",\"talk_s\":");

  private static final byte[][] SESSION_EVENTS =
      names(AgentSessionEvent.values(), ",\"event\":\"", "\"");
  private static final byte[][] SESSION_FROM =
      names(AgentSessionState.values(), ",\"from\":\"", "\"");
  private static final byte[][] SESSION_TO = names(AgentSessionState.values(), ",\"to\":\"", "\"");
  private static final byte[][] AGENT_EVENTS = names(AgentEvent.values(), ",\"event\":\"", "\"");
  private static final byte[][] AGENT_FROM = names(AgentState.values(), ",\"from\":\"", "\"");
  private static final byte[][] AGENT_TO = names(AgentState.values(), ",\"to\":\"", "\"");
  private static final byte[][] QUEUE_EVENTS = names(AcdQueueEvent.values(), ",\"event\":\"", "\"");
  private static final byte[][] GROUP_EVENTS = names(AcdGroupEvent.values(), ",\"event\":\"", "\"");
  private static final byte[][] HANDLER_EVENTS =
      names(AgentHandlerEvent.values(), ",\"event\":\"", "\"");
  private static final byte[][] CALL_EVENTS = names(CallEvent.Kind.values(), ",\"event\":\"", "\"");
  private static final byte[][] REASONS = names(CallEnded.Reason.values(), ",\"reason\":\"", "\"");
  private static final byte[][] LINE_EVENTS =
      names(LineClosed.Reason.values(), ",\"event\":\"", "\"");

  @Override
  public void header(Instant origin, ByteSink out) {
    out.ascii("{\"kind\":\"log\",\"format\":\"" + FORMAT_NAME + "\",\"version\":" + VERSION)
        .ascii(",\"origin\":\"")
        .ascii(origin.toString())
        .ascii("\"}")
        .newline();
  }

  @Override
  public void encode(TapiEvent event, long offsetNanos, ByteSink out) {
    out.ascii(T).eventSeconds(offsetNanos).ascii(SEQ).decimal(event.sequence());
    if (event instanceof SessionChanged e) {
      session(e, out);
    } else if (event instanceof CallEvent e) {
      call(e, out);
    } else if (event instanceof AgentChanged e) {
      out.ascii(KIND_AGENT).jsonString(e.agent().value());
      out.ascii(AGENT_EVENTS[e.event().ordinal()]);
      out.ascii(AGENT_FROM[e.from().ordinal()]).ascii(AGENT_TO[e.to().ordinal()]);
    } else if (event instanceof QueueChanged e) {
      out.ascii(KIND_QUEUE).jsonString(e.queue().value());
      out.ascii(QUEUE_EVENTS[e.event().ordinal()]);
      out.ascii(GROUP).jsonString(e.group().value());
    } else if (event instanceof GroupChanged e) {
      out.ascii(KIND_GROUP).jsonString(e.group().value());
      out.ascii(GROUP_EVENTS[e.event().ordinal()]);
    } else if (event instanceof AgentHandlerChanged e) {
      out.ascii(KIND_HANDLER).jsonString(e.handler());
      out.ascii(HANDLER_EVENTS[e.event().ordinal()]);
    } else if (event instanceof LineClosed e) {
      out.ascii(KIND_LINE).ascii(LINE_EVENTS[e.reason().ordinal()]);
    } else {
      throw new IllegalArgumentException("no JSON Lines layout for " + event.getClass());
    }
    out.ascii('}').newline();
  }

  private static void session(SessionChanged e, ByteSink out) {
    out.ascii(KIND_SESSION);
    sessionBody(e.session(), out);
    out.ascii(SESSION_EVENTS[e.event().ordinal()]);
    if (e.from() != null) {
      out.ascii(SESSION_FROM[e.from().ordinal()]);
    }
    out.ascii(SESSION_TO[e.to().ordinal()]);
    if (e.call() != null) {
      callId(e.call(), out);
    }
  }

  private static void call(CallEvent e, ByteSink out) {
    out.ascii(KIND_CALL).jsonString(e.group().value());
    out.ascii(CALL_EVENTS[e.kind().ordinal()]);
    callId(e.call(), out);
    if (e instanceof CallDelivered d) {
      out.ascii(SESSION);
      sessionBody(d.session(), out);
      out.ascii(WAIT).seconds(d.waited().toNanos());
    } else if (e instanceof CallEnded d) {
      out.ascii(SESSION);
      sessionBody(d.session(), out);
      out.ascii(TALK).seconds(d.talkTime().toNanos());
      out.ascii(REASONS[d.reason().ordinal()]);
    } else if (e instanceof CallQueued q) {
      out.ascii(POSITION).decimal(q.position());
    } else if (e instanceof CallAbandoned a) {
      out.ascii(WAIT).seconds(a.waited().toNanos());
    }
  }

  /** Writes {@code agent/group"} after an opening quote already written. */
  private static void sessionBody(SessionId session, ByteSink out) {
    out.jsonStringBody(session.agent().value())
        .ascii('/')
        .jsonStringBody(session.group().value())
        .ascii('"');
  }

  /** Writes {@code "call":"#N"}, or for a labelled call its label and {@code "call_serial":N}. */
  private static void callId(CallId call, ByteSink out) {
    out.ascii(CALL);
    if (call.label() != null) {
      out.jsonString(call.label());
      out.ascii(CALL_SERIAL).decimal(call.serial());
    } else {
      out.ascii('"').ascii('#').decimal(call.serial()).ascii('"');
    }
  }
}
