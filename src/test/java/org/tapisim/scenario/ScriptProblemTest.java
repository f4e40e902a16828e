package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptProblemTest {

  private static final Path FILE = Path.of("a.yaml");

  @Test
  void prints_file_line_column_and_message() {
    assertThat(new ScriptProblem(FILE, 3, 7, "what is wrong"))
        .hasToString("a.yaml:3:7: what is wrong");
  }

  @Test
  void prints_only_the_file_when_there_is_no_position() {
    assertThat(new ScriptProblem(FILE, 0, 0, "no such file")).hasToString("a.yaml: no such file");
  }

  @Test
  void keeps_a_message_on_one_line_whatever_it_quotes() {
    ScriptProblem problem =
        new ScriptProblem(FILE, 1, 1, "unknown key `a\nb\r\tc\u0007d\u2028e\u0085f`");

    assertThat(problem.message()).isEqualTo("unknown key `a\\nb\\r\\tc\\u0007d\\u2028e\\u0085f`");
  }

  @Test
  void cuts_a_huge_message_in_the_middle() {
    ScriptProblem problem =
        new ScriptProblem(FILE, 1, 1, "unknown key `" + "x".repeat(100_000) + "` (did you mean)");

    assertThat(problem.message())
        .hasSizeLessThan(1100)
        .startsWith("unknown key `xxx")
        .endsWith("` (did you mean)");
  }

  @Test
  void refuses_a_negative_position() {
    assertThatThrownBy(() -> new ScriptProblem(FILE, -1, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_exception_holds_its_problems_in_file_order() {
    ScriptException e =
        new ScriptException(
            List.of(
                new ScriptProblem(FILE, 9, 1, "third"),
                new ScriptProblem(FILE, 2, 5, "second"),
                new ScriptProblem(FILE, 2, 1, "first")));

    assertThat(e.problems())
        .extracting(ScriptProblem::message)
        .containsExactly("first", "second", "third");
    assertThat(e).hasMessage("a.yaml:9:1: third");
  }
}
