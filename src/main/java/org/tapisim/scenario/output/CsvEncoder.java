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

/**
 * Comma-separated values: {@code t,seq,kind,object,event,from,to,call,detail}, a header line first,
 * LF line ends, fields quoted (RFC 4180) only where they hold a comma, quote, CR or LF. The detail
 * of a call event is a space-separated list of {@code key=value} pairs with the JSON Lines keys.
 */
final class CsvEncoder implements EventEncoder {
  static final String HEADER = "t,seq,kind,object,event,from,to,call,detail";

  private static final byte[] SESSION = ascii(",session,");
  private static final byte[] AGENT = ascii(",agent,");
  private static final byte[] QUEUE = ascii(",queue,");
  private static final byte[] GROUP = ascii(",group,");
  private static final byte[] HANDLER = ascii(",handler,");
  private static final byte[] CALL = ascii(",call,");
  private static final byte[] TWO_EMPTY = ascii(",,");
  private static final byte[] THREE_EMPTY = ascii(",,,");
  private static final byte[] GROUP_DETAIL = ascii(",group=");
  private static final byte[] SESSION_DETAIL = ascii("session=");
  private static final byte[] WAIT = ascii(" wait_s=");
  private static final byte[] WAIT_FIRST = ascii("wait_s=");
  private static final byte[] TALK = ascii(" talk_s=");
  private static final byte[] POSITION = ascii("position=");

  private static final byte[][] SESSION_EVENTS = names(AgentSessionEvent.values(), ",", "");
  private static final byte[][] SESSION_STATES = names(AgentSessionState.values(), ",", "");
  private static final byte[][] AGENT_EVENTS = names(AgentEvent.values(), ",", "");
  private static final byte[][] AGENT_STATES = names(AgentState.values(), ",", "");
  private static final byte[][] QUEUE_EVENTS = names(AcdQueueEvent.values(), ",", "");
  private static final byte[][] GROUP_EVENTS = names(AcdGroupEvent.values(), ",", "");
  private static final byte[][] HANDLER_EVENTS = names(AgentHandlerEvent.values(), ",", "");
  private static final byte[][] CALL_EVENTS = names(CallEvent.Kind.values(), ",", "");
  private static final byte[][] REASONS = names(CallEnded.Reason.values(), " reason=", "");

  @Override
  public void header(Instant origin, ByteSink out) {
    out.ascii(HEADER).newline();
  }

  @Override
  public void encode(TapiEvent event, long offsetNanos, ByteSink out) {
    out.eventSeconds(offsetNanos).ascii(',').decimal(event.sequence());
    if (event instanceof SessionChanged e) {
      out.ascii(SESSION);
      session(e.session(), out);
      out.ascii(SESSION_EVENTS[e.event().ordinal()]);
      if (e.from() != null) {
        out.ascii(SESSION_STATES[e.from().ordinal()]);
      } else {
        out.ascii(',');
      }
      out.ascii(SESSION_STATES[e.to().ordinal()]).ascii(',');
      if (e.call() != null) {
        callId(e.call(), out);
      }
      out.ascii(',');
    } else if (event instanceof CallEvent e) {
      call(e, out);
    } else if (event instanceof AgentChanged e) {
      out.ascii(AGENT).csvField(e.agent().value()).ascii(AGENT_EVENTS[e.event().ordinal()]);
      out.ascii(AGENT_STATES[e.from().ordinal()]).ascii(AGENT_STATES[e.to().ordinal()]);
      out.ascii(TWO_EMPTY);
    } else if (event instanceof QueueChanged e) {
      out.ascii(QUEUE).csvField(e.queue().value()).ascii(QUEUE_EVENTS[e.event().ordinal()]);
      out.ascii(THREE_EMPTY);
      if (ByteSink.csvNeedsQuotes(e.group().value())) {
        out.ascii(',').csvField("group=" + e.group().value());
      } else {
        out.ascii(GROUP_DETAIL).utf8(e.group().value());
      }
    } else if (event instanceof GroupChanged e) {
      out.ascii(GROUP).csvField(e.group().value()).ascii(GROUP_EVENTS[e.event().ordinal()]);
      out.ascii(THREE_EMPTY).ascii(',');
    } else if (event instanceof AgentHandlerChanged e) {
      out.ascii(HANDLER).csvField(e.handler()).ascii(HANDLER_EVENTS[e.event().ordinal()]);
      out.ascii(THREE_EMPTY).ascii(',');
    } else if (event instanceof LineClosed e) {
      out.ascii(",line,line,").ascii(e.reason().name());
      out.ascii(THREE_EMPTY).ascii(',');
    } else {
      throw new IllegalArgumentException("no CSV layout for " + event.getClass());
    }
    out.newline();
  }

  private static void call(CallEvent e, ByteSink out) {
    out.ascii(CALL).csvField(e.group().value());
    out.ascii(CALL_EVENTS[e.kind().ordinal()]).ascii(TWO_EMPTY).ascii(',');
    callId(e.call(), out);
    out.ascii(',');
    SessionId session =
        e instanceof CallDelivered d ? d.session() : e instanceof CallEnded d ? d.session() : null;
    if (session != null && needsQuotes(session)) {
      out.csvField(detail(e));
      return;
    }
    if (e instanceof CallDelivered d) {
      out.ascii(SESSION_DETAIL);
      session(d.session(), out);
      out.ascii(WAIT).seconds(d.waited().toNanos());
    } else if (e instanceof CallEnded d) {
      out.ascii(SESSION_DETAIL);
      session(d.session(), out);
      out.ascii(TALK).seconds(d.talkTime().toNanos()).ascii(REASONS[d.reason().ordinal()]);
    } else if (e instanceof CallQueued q) {
      out.ascii(POSITION).decimal(q.position());
    } else if (e instanceof CallAbandoned a) {
      out.ascii(WAIT_FIRST).seconds(a.waited().toNanos());
    }
  }

  /** Builds a call event's detail as a string: the slow path, for ids that need quoting. */
  private static String detail(CallEvent e) {
    ByteSink scratch = new ByteSink();
    if (e instanceof CallDelivered d) {
      scratch.ascii("session=").utf8(d.session().toString());
      scratch.ascii(WAIT).seconds(d.waited().toNanos());
    } else if (e instanceof CallEnded d) {
      scratch.ascii("session=").utf8(d.session().toString());
      scratch.ascii(TALK).seconds(d.talkTime().toNanos()).ascii(REASONS[d.reason().ordinal()]);
    }
    return new String(scratch.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean needsQuotes(SessionId session) {
    return ByteSink.csvNeedsQuotes(session.agent().value())
        || ByteSink.csvNeedsQuotes(session.group().value());
  }

  private static void session(SessionId session, ByteSink out) {
    if (needsQuotes(session)) {
      out.csvField(session.toString());
    } else {
      out.utf8(session.agent().value()).ascii('/').utf8(session.group().value());
    }
  }

  private static void callId(CallId call, ByteSink out) {
    if (call.label() != null) {
      out.csvField(call.label());
    } else {
      out.ascii('#').decimal(call.serial());
    }
  }
}
