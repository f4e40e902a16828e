package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventFormatTest {

  @Test
  void parses_the_cli_words_ignoring_case_and_spaces() {
    assertThat(EventFormat.parse("text")).isEqualTo(EventFormat.TEXT);
    assertThat(EventFormat.parse("JSONL")).isEqualTo(EventFormat.JSONL);
    assertThat(EventFormat.parse(" csv ")).isEqualTo(EventFormat.CSV);
  }

  @Test
  void names_itself_by_its_cli_word() {
    assertThat(EventFormat.JSONL.cliName()).isEqualTo("jsonl");
    assertThat(EventFormat.TEXT).hasToString("text");
  }

  @Test
  void rejects_an_unknown_word_listing_the_valid_ones() {
    assertThatThrownBy(() -> EventFormat.parse("json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'json'")
        .hasMessageContaining("text, jsonl, csv");
    assertThatThrownBy(() -> EventFormat.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
