package org.tapisim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifier records: what they accept, how they print, parse and sort. */
class IdsTest {

  static Stream<Function<String, Object>> nameIds() {
    return Stream.of(AgentId::of, GroupId::of, QueueId::of);
  }

  @ParameterizedTest
  @MethodSource("nameIds")
  void name_ids_print_as_their_value(Function<String, Object> id) {
    assertThat(id.apply("alice")).hasToString("alice");
    assertThat(id.apply("a b")).hasToString("a b");
    assertThat(id.apply("alice")).isEqualTo(id.apply("alice"));
  }

  @ParameterizedTest
  @MethodSource("nameIds")
  void name_ids_reject_blank_text_and_slashes(Function<String, Object> id) {
    for (String bad : List.of("", " ", "\t", "a/b", "/")) {
      assertThatIllegalArgumentException().as("'%s'", bad).isThrownBy(() -> id.apply(bad));
    }
    assertThatNullPointerException().isThrownBy(() -> id.apply(null));
  }

  @Test
  void name_ids_sort_by_value() {
    assertThat(List.of(AgentId.of("bob"), AgentId.of("alice")).stream().sorted())
        .containsExactly(AgentId.of("alice"), AgentId.of("bob"));
    assertThat(GroupId.of("a").compareTo(GroupId.of("b"))).isNegative();
    assertThat(QueueId.of("b").compareTo(QueueId.of("a"))).isPositive();
  }

  @Test
  void a_session_id_parses_agent_slash_group_and_prints_back() {
    SessionId id = SessionId.parse("alice/sales");

    assertThat(id.agent()).isEqualTo(AgentId.of("alice"));
    assertThat(id.group()).isEqualTo(GroupId.of("sales"));
    assertThat(id).hasToString("alice/sales");
    assertThat(id).isEqualTo(new SessionId(AgentId.of("alice"), GroupId.of("sales")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "alice", "/sales", "alice/", "a/b/c", "/", " /sales", "alice/ "})
  void a_session_id_rejects_text_not_of_the_form_agent_slash_group(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> SessionId.parse(text));
  }

  @Test
  void a_session_id_needs_both_parts() {
    assertThatNullPointerException()
        .isThrownBy(() -> new SessionId(null, GroupId.of("g")))
        .withMessage("agent");
    assertThatNullPointerException()
        .isThrownBy(() -> new SessionId(AgentId.of("a"), null))
        .withMessage("group");
  }

  @Test
  void session_ids_sort_by_agent_then_group() {
    assertThat(Stream.of("bob/a", "alice/b", "alice/a", "bob/0").map(SessionId::parse).sorted())
        .map(SessionId::toString)
        .containsExactly("alice/a", "alice/b", "bob/0", "bob/a");
  }

  @Test
  void a_call_id_prints_its_label_or_its_serial() {
    assertThat(new CallId(7, null)).hasToString("#7");
    assertThat(new CallId(7, "c1")).hasToString("c1");
    assertThat(new CallId(7, "c1")).isNotEqualTo(new CallId(8, "c1"));
  }

  @Test
  void a_call_id_needs_a_positive_serial_and_a_non_blank_label() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CallId(0, null));
    assertThatIllegalArgumentException().isThrownBy(() -> new CallId(-1, "c"));
    assertThatIllegalArgumentException().isThrownBy(() -> new CallId(1, " "));
    assertThat(new CallId(1, null).serial()).isEqualTo(1);
  }
}
