package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tapisim.model.LineClosed;

/** A line that went away while recording from real TAPI shows in every log format. */
class LineClosedLogTest {
  private static final Instant ORIGIN = Instant.parse("2025-01-06T09:00:00Z");
  private static final LineClosed REINIT =
      new LineClosed(ORIGIN.plusSeconds(5), 7, LineClosed.Reason.REINIT);

  @ParameterizedTest
  @EnumSource(EventFormat.class)
  void every_format_writes_a_complete_record_for_a_closed_line(EventFormat format)
      throws Exception {
    String text = write(format, REINIT);

    String line = text.lines().skip(1).findFirst().orElseThrow();
    switch (format) {
      case TEXT -> assertThat(line).contains("line").contains("REINIT").contains("7");
      case JSONL ->
          assertThat(line)
              .isEqualTo("{\"t\":5.0,\"seq\":7,\"kind\":\"line\",\"event\":\"REINIT\"}");
      case CSV -> assertThat(line).isEqualTo("5.0,7,line,line,REINIT,,,,");
    }
  }

  @Test
  void a_closed_line_reads_back_from_json_lines_as_the_same_event() throws Exception {
    String text = write(EventFormat.JSONL, REINIT);

    try (JsonlEventReader reader = JsonlEventReader.open(new StringReader(text), "log.jsonl")) {
      assertThat(reader.read()).contains(REINIT);
      assertThat(reader.read()).isEmpty();
    }
  }

  private static String write(EventFormat format, LineClosed event) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (EventLog log = EventLog.open(format, bytes, ORIGIN)) {
      log.onEvent(event);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
