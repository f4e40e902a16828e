package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Traffic;

/** How an event log treats its stream: determinism, buffering, closing and failures. */
class EventLogTest {

  @ParameterizedTest
  @EnumSource(EventFormat.class)
  void gives_byte_identical_output_for_two_runs_with_the_same_seed(EventFormat format) {
    assertThat(Logs.goldenLog(format)).isEqualTo(Logs.goldenLog(format));
  }

  @ParameterizedTest
  @EnumSource(EventFormat.class)
  void writes_the_same_bytes_whatever_the_default_locale_and_time_zone(EventFormat format) {
    byte[] expected = Logs.goldenLog(format);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
      assertThat(Logs.goldenLog(format)).isEqualTo(expected);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void streams_a_long_run_in_blocks_identical_to_a_second_run() throws IOException {
    byte[] first = longRun(EventFormat.JSONL);
    byte[] second = longRun(EventFormat.JSONL);
    assertThat(first.length).isGreaterThan(4 * ByteSink.FLUSH_THRESHOLD);
    assertThat(first).isEqualTo(second);
    assertThat(Logs.lines(first))
        .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
  }

  private static byte[] longRun(EventFormat format) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (EventLog log = EventLog.open(format, bytes, AcdSimulator.DEFAULT_START)) {
      AcdSimulator sim =
          AcdSimulator.builder()
              .seed(3)
              .group(GroupConfig.of("sales"))
              .agent(AgentConfig.of("a", "sales").withStart(AgentConfig.Start.READY))
              .agent(AgentConfig.of("b", "sales").withStart(AgentConfig.Start.READY))
              .traffic(
                  Traffic.poisson("sales", 30, Distribution.exponential(Duration.ofMinutes(3)))
                      .withPatience(Distribution.exponential(Duration.ofMinutes(1)))
                      .withMaxCalls(5_000))
              .listener(log)
              .build();
      sim.runUntilIdle();
      assertThat(log.eventsWritten()).isEqualTo(sim.eventCount());
    }
    return bytes.toByteArray();
  }

  @Test
  void closes_its_stream_unless_told_to_keep_it_open() throws IOException {
    TrackingStream owned = new TrackingStream();
    EventLog.open(EventFormat.TEXT, owned, GoldenScenario.START).close();
    assertThat(owned.closed).isTrue();

    TrackingStream shared = new TrackingStream();
    EventLog log =
        EventLog.open(
            EventFormat.TEXT, shared, GoldenScenario.START, EventLog.Option.KEEP_STREAM_OPEN);
    log.close();
    log.close();
    assertThat(shared.closed).isFalse();
    assertThat(shared.flushes).isEqualTo(1);
    assertThat(shared.bytes.toString()).startsWith("time");
  }

  @Test
  void holds_events_back_until_flushed_unless_asked_to_flush_each() throws IOException {
    TrackingStream buffered = new TrackingStream();
    EventLog log = EventLog.open(EventFormat.JSONL, buffered, GoldenScenario.START);
    GoldenScenario.run(log);
    assertThat(buffered.bytes.size()).isZero();
    log.flush();
    assertThat(Logs.lines(buffered.bytes.toByteArray())).hasSize(37);

    TrackingStream eager = new TrackingStream();
    EventLog each =
        EventLog.open(
            EventFormat.JSONL, eager, GoldenScenario.START, EventLog.Option.FLUSH_EACH_EVENT);
    GoldenScenario.run(each);
    assertThat(Logs.lines(eager.bytes.toByteArray())).hasSize(37);
    assertThat(eager.flushes).isEqualTo(36);
  }

  @Test
  void remembers_a_write_failure_drops_later_events_and_reports_it_on_close() {
    FailingStream broken = new FailingStream();
    EventLog log =
        EventLog.open(
            EventFormat.TEXT, broken, GoldenScenario.START, EventLog.Option.FLUSH_EACH_EVENT);
    GoldenScenario.run(log);

    assertThat(broken.writes).isEqualTo(1);
    assertThat(log.failure()).hasValueSatisfying(e -> assertThat(e).hasMessage("pipe closed"));
    assertThat(log.eventsWritten()).isEqualTo(1);
    assertThatThrownBy(log::flush).isInstanceOf(IOException.class).hasMessage("pipe closed");
    assertThatThrownBy(log::close).isInstanceOf(IOException.class).hasMessage("pipe closed");
    assertThat(broken.closed).isTrue();
  }

  @Test
  void ignores_events_after_it_was_closed() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EventLog log = EventLog.open(EventFormat.CSV, bytes, GoldenScenario.START);
    log.close();
    GoldenScenario.run(log);
    assertThat(Logs.lines(bytes.toByteArray())).hasSize(1);
    assertThat(log.eventsWritten()).isZero();
    assertThat(log.format()).isEqualTo(EventFormat.CSV);
  }

  /** Records what happens to it. */
  private static final class TrackingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean closed;
    int flushes;

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Fails every write, like a pipe whose reader went away. */
  private static final class FailingStream extends OutputStream {
    int writes;
    boolean closed;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      writes++;
      throw new IOException("pipe closed");
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
