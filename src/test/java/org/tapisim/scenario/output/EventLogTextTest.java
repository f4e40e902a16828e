package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AcdQueueEvent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallId;
import org.tapisim.model.CallQueued;
import org.tapisim.model.GroupId;
import org.tapisim.model.QueueChanged;
import org.tapisim.model.QueueId;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;

/** The text event log of the golden scenario, line by line. */
class EventLogTextTest {
  private final List<String> lines = Logs.lines(Logs.goldenLog(EventFormat.TEXT));

  @Test
  void starts_with_a_title_line_naming_the_columns() {
    assertThat(lines.get(0))
        .isEqualTo(
            "time               seq  object           event        state"
                + "                       call     detail");
  }

  @Test
  void writes_one_line_per_event() {
    assertThat(lines).hasSize(1 + 36);
  }

  @Test
  void shows_sessions_agents_and_calls_in_aligned_columns() {
    assertThat(lines.subList(1, 3))
        .containsExactly(
            "00:00:00.000         1  alice/sales      NEW_SESSION  → NOT_READY",
            "00:00:00.000         2  bob/sales        NEW_SESSION  → NOT_READY");
    assertThat(lines.subList(7, 11))
        .containsExactly(
            "00:00:05.000         7  sales            OFFERED                                  c1",
            "00:00:05.000         8  sales            DELIVERED                                c1"
                + "       alice/sales wait 0.000s",
            "00:00:05.000         9  alice/sales      BUSY         READY → BUSY_ON_CALL        c1",
            "00:00:05.000        10  alice            BUSY_ACD     READY → BUSY_ACD");
  }

  @Test
  void gives_each_call_event_its_detail() {
    assertThat(lines)
        .contains(
            "00:00:07.000        16  sales            QUEUED                                   c3"
                + "       position 1",
            "00:00:08.000        17  sales            BLOCKED                                  c4"
                + "       queue full",
            "00:00:27.000        18  sales            ABANDONED                                c3"
                + "       wait 20.000s",
            "00:01:00.000        31  sales            ENDED                                    #5"
                + "       alice/sales talk 10.000s HUNG_UP",
            "00:01:20.000        35  bob/sales        END          READY → SESSION_ENDED");
  }

  @Test
  void puts_the_call_in_the_same_column_for_session_and_call_events() {
    String session = lines.get(9);
    String call = lines.get(7);
    assertThat(session.indexOf(" c1")).isEqualTo(call.indexOf(" c1"));
  }

  @Test
  void leaves_no_trailing_spaces() {
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  @Test
  void shows_hours_past_99_and_millisecond_times() {
    Instant origin = Instant.parse("2000-01-01T00:00:00Z");
    SessionId session = new SessionId(AgentId.of("alice"), GroupId.of("sales"));
    String text =
        Logs.write(
            EventFormat.TEXT,
            origin,
            List.of(
                new SessionChanged(
                    origin.plus(Duration.ofHours(123).plusMillis(4_567).plusNanos(999_999)),
                    12_345_678,
                    session,
                    AgentSessionEvent.READY,
                    AgentSessionState.NOT_READY,
                    AgentSessionState.READY,
                    null)));
    assertThat(text.lines().skip(1).findFirst())
        .hasValue("123:00:04.567 12345678  alice/sales      READY        NOT_READY → READY");
  }

  @Test
  void shows_queue_events_and_control_characters_in_ids_as_question_marks() {
    Instant origin = Instant.parse("2000-01-01T00:00:00Z");
    String text =
        Logs.write(
            EventFormat.TEXT,
            origin,
            List.of(
                new QueueChanged(
                    origin, 1, QueueId.of("sales"), GroupId.of("sales"), AcdQueueEvent.NEW_QUEUE),
                new CallQueued(origin, 2, new CallId(3, "bad\nlabel"), GroupId.of("sales"), 4)));
    assertThat(text.lines().skip(1))
        .containsExactly(
            "00:00:00.000         1  sales            NEW_QUEUE"
                + "                                         group sales",
            "00:00:00.000         2  sales            QUEUED"
                + "                                   bad?label position 4");
  }
}
