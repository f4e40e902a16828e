package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The hand-written appends that event lines are built from. */
class ByteSinkTest {

  private static String written(Consumer<ByteSink> writes) {
    ByteSink sink = new ByteSink();
    writes.accept(sink);
    return new String(sink.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void writes_seconds_as_exact_decimals_without_exponents() {
    assertThat(written(s -> s.seconds(0))).isEqualTo("0.0");
    assertThat(written(s -> s.seconds(1))).isEqualTo("0.000000001");
    assertThat(written(s -> s.seconds(12_250_000_000L))).isEqualTo("12.25");
    assertThat(written(s -> s.seconds(3_600_000_000_000L))).isEqualTo("3600.0");
    assertThat(written(s -> s.seconds(-1_500_000_000L))).isEqualTo("-1.5");
  }

  @Test
  void writes_clock_times_truncated_to_the_millisecond() {
    assertThat(written(s -> s.clock(0))).isEqualTo("00:00:00.000");
    assertThat(written(s -> s.clock(3_723_456_999_999L))).isEqualTo("01:02:03.456");
    assertThat(written(s -> s.clock(360_000_000_000_000L))).isEqualTo("100:00:00.000");
    assertThat(written(s -> s.clock(-1_000_000L))).isEqualTo("-00:00:00.001");
    assertThat(written(s -> s.millisAsSeconds(20_000_999_999L))).isEqualTo("20.000");
    assertThat(written(s -> s.millisAsSeconds(-1_500_000_000L))).isEqualTo("-1.500");
  }

  @Test
  void writes_whole_numbers_of_any_size() {
    assertThat(written(s -> s.decimal(0))).isEqualTo("0");
    assertThat(written(s -> s.decimal(Long.MAX_VALUE))).isEqualTo(Long.toString(Long.MAX_VALUE));
    assertThat(written(s -> s.decimal(Long.MIN_VALUE))).isEqualTo(Long.toString(Long.MIN_VALUE));
    assertThat(written(s -> s.zeroPadded(7, 3))).isEqualTo("007");
  }

  @Test
  void escapes_json_strings_and_encodes_utf8() {
    assertThat(written(s -> s.jsonString("a\"b\\c\n\r\t\u001f")))
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\u001f\"");
    assertThat(written(s -> s.jsonString("é€😀"))).isEqualTo("\"é€😀\"");
    assertThat(written(s -> s.utf8("x\uD800y"))).isEqualTo("x?y");
  }

  @Test
  void quotes_csv_fields_only_when_needed() {
    assertThat(written(s -> s.csvField("plain text"))).isEqualTo("plain text");
    assertThat(written(s -> s.csvField("a,b"))).isEqualTo("\"a,b\"");
    assertThat(written(s -> s.csvField("say \"x\""))).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(written(s -> s.csvField("two\nlines"))).isEqualTo("\"two\nlines\"");
  }

  @Test
  void counts_columns_in_characters_not_bytes() {
    assertThat(written(s -> s.printable("é😀").padTo(4).ascii('|'))).isEqualTo("é😀  |");
    assertThat(written(s -> s.ascii("toolong").padTo(4).ascii('|'))).isEqualTo("toolong |");
  }

  @Test
  void writes_a_repeated_event_time_the_same_from_its_cache() {
    assertThat(
            written(
                s ->
                    s.eventSeconds(5_000_000_000L)
                        .ascii(' ')
                        .eventSeconds(5_000_000_000L)
                        .ascii(' ')
                        .eventClock(5_000_000_000L)
                        .ascii(' ')
                        .eventClock(5_000_000_000L)
                        .ascii(' ')
                        .eventSeconds(6_500_000_000L)))
        .isEqualTo("5.0 5.0 00:00:05.000 00:00:05.000 6.5");
  }

  @Test
  void writes_ids_the_same_from_its_cache_however_many_there_are() {
    ByteSink sink = new ByteSink();
    StringBuilder expected = new StringBuilder();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 2_000; i++) {
        String id = "agent-" + i + (i % 7 == 0 ? "\"é\"" : "");
        sink.jsonStringBody(id).ascii(',');
        expected.append(id.replace("\"", "\\\"")).append(',');
      }
    }
    assertThat(new String(sink.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(expected.toString());
  }

  @Test
  void keeps_counting_columns_when_an_id_comes_from_the_cache() {
    String id = "zoë";
    assertThat(
            written(
                s -> {
                  s.printable(id).padTo(5).ascii('|').newline();
                  s.printable(id).padTo(5).ascii('|').newline();
                  s.utf8(id).ascii('|');
                }))
        .isEqualTo("zoë  |\nzoë  |\nzoë|");
  }

  @Test
  void grows_past_its_initial_buffer() {
    String big = "x".repeat(5 * ByteSink.FLUSH_THRESHOLD);
    ByteSink sink = new ByteSink();
    sink.utf8(big).jsonString(big);
    assertThat(sink.size()).isEqualTo(10 * ByteSink.FLUSH_THRESHOLD + 2);
    assertThat(sink.isFull()).isTrue();
  }
}
