package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {

  private static final List<String> TOP =
      List.of("scenario", "description", "seed", "start", "until", "groups", "agents");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"agnets, agents", "Agents, agents", "grups, groups", "sed, seed", "untill, until"})
  void suggests_the_choice_a_few_edits_away(String given, String nearest) {
    assertThat(Suggest.hint(given, TOP)).isEqualTo(" (did you mean `" + nearest + "`?)");
  }

  @Test
  void suggests_the_choices_a_prefix_begins_when_none_is_a_few_edits_away() {
    List<String> states =
        List.of("NOT_READY", "READY", "BUSY_ON_CALL", "BUSY_WRAPUP", "SESSION_ENDED");

    assertThat(Suggest.hint("BUSY", states))
        .isEqualTo(" (did you mean `BUSY_ON_CALL` or `BUSY_WRAPUP`?)");
    assertThat(Suggest.hint("session", states)).isEqualTo(" (did you mean `SESSION_ENDED`?)");
  }

  @Test
  void lists_a_short_list_of_choices_when_nothing_is_near() {
    assertThat(Suggest.hint("xyzzy", List.of("h", "m", "s")))
        .isEqualTo(" (expected one of: h, m, s)");
  }

  @Test
  void says_nothing_when_nothing_is_near_among_many_choices_or_there_are_none() {
    List<String> many = IntStream.range(0, 20).mapToObj(i -> "agent" + i).toList();

    assertThat(Suggest.hint("zzzzzzzzzzzz", many)).isEmpty();
    assertThat(Suggest.hint("anything", List.of())).isEmpty();
  }

  @Test
  void gives_no_hint_for_huge_names() {
    assertThat(Suggest.nearest("a".repeat(10_000), List.of("a".repeat(10_000)))).isNull();
  }

  @Test
  void finds_a_near_name_among_the_100000_members_of_a_pool_at_once() {
    List<String> members =
        IntStream.rangeClosed(1, 100_000)
            .mapToObj(i -> String.format("pool-%06d/sales", i))
            .toList();

    assertThat(Suggest.nearest("pool-000001/sale", members)).isEqualTo("pool-000001/sales");
  }

  @Test
  void measures_edit_distance() {
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggest.distance("", "abc")).isEqualTo(3);
    assertThat(Suggest.distance("same", "same")).isZero();
  }
}
