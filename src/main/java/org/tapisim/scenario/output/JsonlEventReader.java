package org.tapisim.scenario.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.tapisim.model.AcdGroupEvent;
import org.tapisim.model.AcdQueueEvent;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentEvent;
import org.tapisim.model.AgentHandlerChanged;
import org.tapisim.model.AgentHandlerEvent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallBlocked;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallId;
import org.tapisim.model.CallOffered;
import org.tapisim.model.CallQueued;
import org.tapisim.model.GroupChanged;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineClosed;
import org.tapisim.model.QueueChanged;
import org.tapisim.model.QueueId;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;

/**
 * Reads back an event log written in {@link EventFormat#JSONL}: the header line, then one {@link
 * TapiEvent} per line, equal to the event that was written.
 *
 * <p>Lines are read one at a time, so a log of any length can be replayed. Blank lines are skipped;
 * keys it does not know are ignored (later versions may add some). Not thread-safe.
 */
public final class JsonlEventReader implements Closeable {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final BufferedReader in;
  private final String source;
  private final Instant origin;
  private long lineNumber;

  private JsonlEventReader(BufferedReader in, String source) throws IOException {
    this.in = in;
    this.source = source;
    JsonNode header = nextLine();
    if (header == null
        || !"log".equals(header.path("kind").asText())
        || !JsonlEncoder.FORMAT_NAME.equals(header.path("format").asText())) {
      throw error("not a tapisim event log: the first line is not its header");
    }
    if (header.path("version").asInt(0) != JsonlEncoder.VERSION) {
      throw error("event log version " + header.path("version") + " is not supported");
    }
    this.origin = instant(header, "origin");
  }

  /**
   * Opens a JSON Lines event log and reads its header.
   *
   * @param in the text, UTF-8 decoded; closed by {@link #close()}
   * @param source a name for error messages, e.g. the file name
   * @throws IOException if it cannot be read or does not start with the header line
   */
  public static JsonlEventReader open(Reader in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    BufferedReader buffered =
        in instanceof BufferedReader reader ? reader : new BufferedReader(in, 1 << 16);
    return new JsonlEventReader(buffered, Objects.requireNonNull(source, "source"));
  }

  /** Returns sim time zero, as the header states it. */
  public Instant origin() {
    return origin;
  }

  /**
   * Reads the next event.
   *
   * @return the event, or empty at the end of the log
   * @throws IOException if it cannot be read, or a line is not a valid event (the message names the
   *     source and line)
   */
  public Optional<TapiEvent> read() throws IOException {
    JsonNode node = nextLine();
    if (node == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(event(node));
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      throw error(e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private JsonNode nextLine() throws IOException {
    String text;
    do {
      text = in.readLine();
      lineNumber++;
      if (text == null) {
        return null;
      }
    } while (text.isBlank());
    JsonNode line;
    try {
      line = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw error("not JSON: " + e.getOriginalMessage());
    }
    if (!line.isObject()) {
      throw error("not a JSON object");
    }
    return line;
  }

  private IOException error(String message) {
    return new IOException(source + ":" + lineNumber + ": " + message);
  }

  private TapiEvent event(JsonNode node) throws IOException {
    Instant time = origin.plus(seconds(node, "t"));
    long seq = number(node, "seq");
    String kind = text(node, "kind");
    return switch (kind) {
      case "session" -> session(node, time, seq);
      case "agent" ->
          new AgentChanged(
              time,
              seq,
              AgentId.of(text(node, "agent")),
              AgentEvent.valueOf(text(node, "event")),
              AgentState.valueOf(text(node, "from")),
              AgentState.valueOf(text(node, "to")));
      case "queue" ->
          new QueueChanged(
              time,
              seq,
              QueueId.of(text(node, "queue")),
              GroupId.of(text(node, "group")),
              AcdQueueEvent.valueOf(text(node, "event")));
      case "group" ->
          new GroupChanged(
              time,
              seq,
              GroupId.of(text(node, "group")),
              AcdGroupEvent.valueOf(text(node, "event")));
      case "handler" ->
          new AgentHandlerChanged(
              time, seq, text(node, "handler"), AgentHandlerEvent.valueOf(text(node, "event")));
      case "call" -> call(node, time, seq);
      case "line" -> new LineClosed(time, seq, LineClosed.Reason.valueOf(text(node, "event")));
      default -> throw error("unknown kind '" + kind + "'");
    };
  }

  private TapiEvent session(JsonNode node, Instant time, long seq) throws IOException {
    String from = optionalText(node, "from");
    return new SessionChanged(
        time,
        seq,
        SessionId.parse(text(node, "session")),
        AgentSessionEvent.valueOf(text(node, "event")),
        from == null ? null : AgentSessionState.valueOf(from),
        AgentSessionState.valueOf(text(node, "to")),
        node.has("call") ? callId(node) : null);
  }

  private TapiEvent call(JsonNode node, Instant time, long seq) throws IOException {
    CallId call = callId(node);
    GroupId group = GroupId.of(text(node, "group"));
    String event = text(node, "event");
    return switch (event) {
      case "OFFERED" -> new CallOffered(time, seq, call, group);
      case "QUEUED" -> new CallQueued(time, seq, call, group, number(node, "position"));
      case "DELIVERED" ->
          new CallDelivered(
              time,
              seq,
              call,
              group,
              SessionId.parse(text(node, "session")),
              seconds(node, "wait_s"));
      case "ABANDONED" -> new CallAbandoned(time, seq, call, group, seconds(node, "wait_s"));
      case "BLOCKED" -> new CallBlocked(time, seq, call, group);
      case "ENDED" ->
          new CallEnded(
              time,
              seq,
              call,
              group,
              SessionId.parse(text(node, "session")),
              seconds(node, "talk_s"),
              CallEnded.Reason.valueOf(text(node, "reason")));
      default -> throw error("unknown call event '" + event + "'");
    };
  }

  /** The call's display id is its label, unless it is {@code #serial} (an unlabelled call). */
  /** Reads {@code "call":"#N"}, or a label with its {@code "call_serial"}. */
  private CallId callId(JsonNode node) throws IOException {
    String display = text(node, "call");
    if (node.has("call_serial")) {
      return new CallId(number(node, "call_serial"), display);
    }
    if (display.startsWith("#")) {
      try {
        return new CallId(Long.parseLong(display.substring(1)), null);
      } catch (IllegalArgumentException e) {
        throw error("\"call\" is not #SERIAL: " + display);
      }
    }
    throw error("the labelled call " + display + " has no \"call_serial\"");
  }

  private String text(JsonNode node, String key) throws IOException {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual()) {
      throw error("\"" + key + "\" is missing or not a string");
    }
    return value.textValue();
  }

  private String optionalText(JsonNode node, String key) throws IOException {
    return node.has(key) && !node.get(key).isNull() ? text(node, key) : null;
  }

  private long number(JsonNode node, String key) throws IOException {
    JsonNode value = node.get(key);
    if (value == null || !value.canConvertToExactIntegral()) {
      throw error("\"" + key + "\" is missing or not a whole number");
    }
    return value.longValue();
  }

  private Duration seconds(JsonNode node, String key) throws IOException {
    JsonNode value = node.get(key);
    if (value == null || !value.isNumber()) {
      throw error("\"" + key + "\" is missing or not a number");
    }
    BigDecimal nanos = value.decimalValue().movePointRight(9).setScale(0, RoundingMode.HALF_EVEN);
    return Duration.ofNanos(nanos.longValueExact());
  }

  private Instant instant(JsonNode node, String key) throws IOException {
    try {
      return Instant.parse(text(node, key));
    } catch (DateTimeParseException e) {
      throw error("\"" + key + "\" is not an ISO-8601 instant: " + e.getParsedString());
    }
  }
}
