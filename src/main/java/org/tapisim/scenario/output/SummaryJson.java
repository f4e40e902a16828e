package org.tapisim.scenario.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Map;

/**
 * Writes a {@link RunSummary} as the JSON of SCENARIO-FORMAT.md's "Summary JSON" ({@code tapisim
 * run --summary FILE}).
 *
 * <p>Every contract key is written, in the contract's order, pretty-printed with two-space indents
 * and LF line ends. Times are seconds as exact decimals ({@code 3600.0}); ratios and rates are
 * rounded to nine decimals; an infinite Erlang ASA is {@code null}. Keys beyond the contract: per
 * queue {@code occupancy}, {@code staffed_s}, {@code busy_s} and, when present, {@code erlang}; per
 * session {@code staffed_s} and {@code busy_s}. The same summary gives the same bytes; only {@code
 * run.wall_ms} differs between identical runs. Stateless and thread-safe.
 */
public final class SummaryJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SummaryJson() {}

  /** Returns the summary as JSON text, ending with a line feed. */
  public static String toJson(RunSummary summary) {
    StringWriter text = new StringWriter();
    try {
      write(summary, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /**
   * Writes the summary as JSON, ending with a line feed; does not close {@code out}.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(RunSummary summary, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(prettyPrinter());
      json.writeStartObject();
      json.writeStringField("scenario", summary.scenario());
      json.writeNumberField("seed", summary.seed());
      json.writeObjectFieldStart("simulated");
      json.writeStringField("start", summary.simulated().start().toString());
      json.writeStringField("end", summary.simulated().end().toString());
      seconds(json, "duration_s", summary.simulated().duration());
      json.writeEndObject();
      json.writeObjectFieldStart("run");
      json.writeNumberField("events", summary.run().events());
      json.writeNumberField("calls", summary.run().calls());
      json.writeNumberField("wall_ms", summary.run().wallMillis());
      json.writeEndObject();
      json.writeObjectFieldStart("queues");
      for (Map.Entry<?, QueueSummary> queue : summary.queues().entrySet()) {
        json.writeObjectFieldStart(queue.getKey().toString());
        queue(json, queue.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("sessions");
      for (Map.Entry<?, SessionSummary> session : summary.sessions().entrySet()) {
        json.writeObjectFieldStart(session.getKey().toString());
        session(json, session.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("agents");
      for (Map.Entry<?, AgentSummary> agent : summary.agents().entrySet()) {
        json.writeObjectFieldStart(agent.getKey().toString());
        agent(json, agent.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("expectations");
      json.writeNumberField("passed", summary.expectations().passed());
      json.writeNumberField("failed", summary.expectations().failed());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static void queue(JsonGenerator json, QueueSummary q) throws IOException {
    json.writeNumberField("offered", q.offered());
    json.writeNumberField("answered", q.answered());
    json.writeNumberField("abandoned", q.abandoned());
    json.writeNumberField("blocked", q.blocked());
    json.writeNumberField("in_queue_at_end", q.inQueueAtEnd());
    json.writeNumberField("waited", q.waited());
    number(json, "p_wait", q.pWait());
    seconds(json, "asa_s", q.asa());
    seconds(json, "avg_wait_s", q.averageWait());
    seconds(json, "longest_wait_s", q.longestWait());
    seconds(json, "service_level_threshold_s", q.serviceLevelThreshold());
    number(json, "service_level", q.serviceLevel());
    number(json, "p_abandon", q.pAbandon());
    number(json, "occupancy", q.occupancy());
    seconds(json, "staffed_s", q.staffedTime());
    seconds(json, "busy_s", q.busyTime());
    if (q.erlang() != null) {
      ErlangFigures e = q.erlang();
      json.writeObjectFieldStart("erlang");
      json.writeStringField("model", e.model().name());
      number(json, "offered_load", e.offeredLoad());
      json.writeNumberField("agents", e.agents());
      number(json, "p_wait", e.pWait());
      number(json, "asa_s", e.asaSeconds());
      number(json, "service_level", e.serviceLevel());
      number(json, "p_abandon", e.pAbandon());
      number(json, "occupancy", e.occupancy());
      json.writeEndObject();
    }
  }

  private static void session(JsonGenerator json, SessionSummary s) throws IOException {
    json.writeStringField("state", s.state().name());
    json.writeNumberField("calls", s.calls());
    seconds(json, "total_talk_s", s.totalTalk());
    seconds(json, "avg_talk_s", s.averageTalk());
    seconds(json, "total_call_s", s.totalCall());
    seconds(json, "avg_call_s", s.averageCall());
    seconds(json, "total_wrapup_s", s.totalWrapup());
    seconds(json, "avg_wrapup_s", s.averageWrapup());
    seconds(json, "longest_time_to_answer_s", s.longestTimeToAnswer());
    seconds(json, "avg_time_to_answer_s", s.averageTimeToAnswer());
    number(json, "acd_call_rate_per_h", s.acdCallRatePerHour());
    seconds(json, "duration_s", s.duration());
    number(json, "occupancy", s.occupancy());
    seconds(json, "staffed_s", s.staffedTime());
    seconds(json, "busy_s", s.busyTime());
  }

  private static void agent(JsonGenerator json, AgentSummary a) throws IOException {
    json.writeStringField("state", a.state().name());
    json.writeNumberField("acd_calls", a.acdCalls());
    seconds(json, "total_acd_talk_s", a.totalAcdTalk());
    seconds(json, "total_acd_call_s", a.totalAcdCall());
    seconds(json, "total_wrapup_s", a.totalWrapup());
  }

  private static void seconds(JsonGenerator json, String key, Duration span) throws IOException {
    json.writeFieldName(key);
    json.writeNumber(Decimals.seconds(span));
  }

  /** Writes a finite number, or {@code null} for an infinite or undefined one. */
  private static void number(JsonGenerator json, String key, double value) throws IOException {
    json.writeFieldName(key);
    if (Double.isFinite(value)) {
      json.writeNumber(Decimals.number(value));
    } else {
      json.writeNull();
    }
  }
}
