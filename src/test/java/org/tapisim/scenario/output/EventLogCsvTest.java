package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentEvent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallDelivered;
import org.tapisim.model.CallId;
import org.tapisim.model.GroupId;
import org.tapisim.model.SessionId;

/** The CSV event log: header, columns and RFC 4180 quoting. */
class EventLogCsvTest {

  /** Splits one RFC 4180 record (without line breaks inside fields) into its fields. */
  static List<String> fields(String record) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Test
  void starts_with_the_header_and_gives_every_row_nine_fields() {
    List<String> lines = Logs.lines(Logs.goldenLog(EventFormat.CSV));
    assertThat(lines.get(0)).isEqualTo("t,seq,kind,object,event,from,to,call,detail");
    assertThat(lines).hasSize(1 + 36);
    assertThat(lines).allSatisfy(line -> assertThat(fields(line)).hasSize(9));
  }

  @Test
  void writes_sessions_agents_and_calls_in_the_columns() {
    List<String> lines = Logs.lines(Logs.goldenLog(EventFormat.CSV));
    assertThat(lines.subList(1, 2))
        .containsExactly("0.0,1,session,alice/sales,NEW_SESSION,,NOT_READY,,");
    assertThat(lines)
        .contains(
            "5.0,8,call,sales,DELIVERED,,,c1,session=alice/sales wait_s=0.0",
            "5.0,9,session,alice/sales,BUSY,READY,BUSY_ON_CALL,c1,",
            "5.0,10,agent,alice,BUSY_ACD,READY,BUSY_ACD,,",
            "7.0,16,call,sales,QUEUED,,,c3,position=1",
            "8.0,17,call,sales,BLOCKED,,,c4,",
            "27.0,18,call,sales,ABANDONED,,,c3,wait_s=20.0",
            "60.0,31,call,sales,ENDED,,,#5,session=alice/sales talk_s=10.0 reason=HUNG_UP");
  }

  @Test
  void quotes_only_fields_with_commas_quotes_or_line_breaks() {
    Instant origin = Instant.parse("2000-01-01T00:00:00Z");
    SessionId session = new SessionId(AgentId.of("smith, j"), GroupId.of("sales"));
    String csv =
        Logs.write(
            EventFormat.CSV,
            origin,
            List.of(
                new CallDelivered(
                    origin,
                    1,
                    new CallId(1, "the \"big\" one"),
                    GroupId.of("sales"),
                    session,
                    Duration.ofMillis(1500)),
                new AgentChanged(
                    origin,
                    2,
                    AgentId.of("smith, j"),
                    AgentEvent.READY,
                    AgentState.NOT_READY,
                    AgentState.READY)));
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(1))
        .isEqualTo(
            "0.0,1,call,sales,DELIVERED,,,\"the \"\"big\"\" one\","
                + "\"session=smith, j/sales wait_s=1.5\"");
    assertThat(fields(lines.get(1)))
        .containsExactly(
            "0.0",
            "1",
            "call",
            "sales",
            "DELIVERED",
            "",
            "",
            "the \"big\" one",
            "session=smith, j/sales wait_s=1.5");
    assertThat(fields(lines.get(2)))
        .containsExactly("0.0", "2", "agent", "smith, j", "READY", "NOT_READY", "READY", "", "");
  }
}
