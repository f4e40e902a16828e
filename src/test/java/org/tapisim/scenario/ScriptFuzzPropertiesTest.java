package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes or text it is given, the parser either returns a scenario or throws a {@link
 * ScriptException} whose problems are each one positioned, non-empty line; never a
 * NullPointerException, ClassCastException, IllegalArgumentException or anything else.
 */
class ScriptFuzzPropertiesTest {

  /** A valid script touching most of the format, to be mutated. */
  static final String VALID =
      """
      scenario: Fuzzing target
      description: Every section, most keys.
      seed: 7
      start: 2026-11-23T08:00:00Z
      until: 2h
      groups:
        sales:
          routing: round-robin
          wrapup: exp(10s)
          service-level: 20s
          capacity: 10
        support:
      agents:
        alice: { groups: [sales, support] }
        bob: { groups: [sales], auto-ready: false, start: ready }
        pool: { count: 12, groups: [support] }
      traffic:
        - group: sales
          rate: 120/h
          calls: 50
          talk: uniform(1m, 3m)
          patience: normal(60s, 10s)
        - group: support
          profile:
            - { from: 0h, to: 1h, rate: 30/h }
            - { from: 1h, to: 2h, rate: 60/h }
          talk: "lognormal(4m, 2m)"
      timeline:
        - at: 0s
          login: [alice, bob, pool]
        - at: 1s
          ready: all
        - at: 5s
          call: { group: sales, talk: 30s, id: c1, patience: 20s }
        - at: 2m
          set-state: { session: alice/sales, to: ASST_NOT_READY, next: READY }
          expect-error: LINEERR_INVALAGENTSESSIONSTATE
        - at: 3m
          hangup: c1
        - at: 1h
          logout: group:support
      expect:
        - { at: 5s, session: alice/sales, event: BUSY }
        - { within: [1s, 2s], agent: bob, event: AE_READY }
        - { at: 50s, session: bob/sales, state: READY }
        - session: alice/sales
          calls: { min: 1 }
          total-talk: { max: 1h }
        - queue: sales
          service-level: 80%
          abandoned: 0
        - call: c1
          event: DELIVERED
        - never: { queue: sales, event: BLOCKED }
      """;

  /** Characters that matter to YAML or to the format, to insert and replace with. */
  private static final String SIGNIFICANT =
      ":-[]{},#&*!|>'\"%@`?\t\n /()0123456789smh.~\\\u0000\u00e9";

  private static final Path FUZZ = Path.of("fuzz.yaml");

  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("tapisim-fuzz");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 1000)
  @Label("random bytes read from a file: a scenario or a ScriptException, nothing else")
  void random_bytes_never_make_the_parser_throw_anything_else(@ForAll("bytes") byte[] bytes) {
    Path file = dir.resolve("fuzz.yaml");
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertParsesOrReportsProperly(() -> Scenario.load(file), file, bytes.length + " bytes");
  }

  @Property(tries = 1000)
  @Label("random text: a scenario or a ScriptException, nothing else")
  void random_text_never_makes_the_parser_throw_anything_else(@ForAll("yamlish") String text) {
    assertParsesOrReportsProperly(() -> Scenario.parse(FUZZ, text), FUZZ, text);
  }

  @Property(tries = 3000)
  @Label("mutations of a valid script: a scenario or a ScriptException, nothing else")
  void mutations_of_a_valid_script_never_make_the_parser_throw_anything_else(
      @ForAll("mutants") String text) {
    assertParsesOrReportsProperly(() -> Scenario.parse(FUZZ, text), FUZZ, text);
  }

  @Example
  void the_unmutated_script_is_valid() throws Exception {
    assertThat(Scenario.parse(FUZZ, VALID).timeline()).hasSize(6);
  }

  // ------------------------------------------------------------------ checks

  interface Parse {
    Scenario run() throws ScriptException;
  }

  private static void assertParsesOrReportsProperly(Parse parse, Path file, String input) {
    try {
      parse.run();
    } catch (ScriptException e) {
      assertThat(e.problems()).as("problems of %s", input).isNotEmpty();
      assertThat(e.problems()).isSortedAccordingTo(ScriptProblem::compareTo);
      for (ScriptProblem problem : e.problems()) {
        if (problem.line() == 0) {
          assertThat(problem.column()).as("column of a file-level problem").isZero();
        } else {
          assertThat(problem.line()).isPositive();
          assertThat(problem.column()).isPositive();
        }
        assertThat(problem.message()).as("message of %s", problem).isNotBlank();
        assertThat(problem.toString())
            .as("one line")
            .doesNotContain("\n", "\r", "\u2028", "\u2029")
            .matches(Pattern.quote(file.toString()) + "(:\\d+:\\d+)?: \\S.*");
      }
    } catch (RuntimeException | Error e) {
      fail("the parser threw " + e + " for:\n" + input, e);
    }
  }

  // ------------------------------------------------------------------ inputs

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
  }

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.strings().withChars(SIGNIFICANT + "abcdefgrnotu").ofMaxLength(300);
  }

  /**
   * Values that have broken parsers: YAML's special numbers, other bases, huge and negative numbers
   * and durations, empty and null values, collections where values belong, anchors, aliases, tags,
   * escapes and unclosed things.
   */
  static final List<String> NASTY =
      List.of(
          ".inf",
          "-.inf",
          ".nan",
          "0x1F",
          "0o17",
          "1e400",
          "-1",
          "0",
          "99999999999999999999",
          "9223372036854775807",
          "PT2562047788015215H",
          "PT-1S",
          "P1D",
          "1" + "0".repeat(400) + "/h",
          "120/d",
          "''",
          "\"\"",
          "~",
          "",
          "[]",
          "{}",
          "[a, [b]]",
          "{ min: 1, max: 0 }",
          "&a x",
          "*a",
          "!!str x",
          "\"a\\nb\\u0007c\"",
          "uniform(1s",
          "exp()",
          "erlang(99999999999, 1s)",
          "+999999999-12-31T23:59:59Z",
          "NaN%",
          "150%",
          "group:",
          "all",
          "a/b/c",
          "ASST_",
          "LINEERR_",
          "true",
          "null");

  /**
   * One edit of a text: delete, insert, replace, duplicate a line, swap two lines, or put a nasty
   * value after a {@code :} (up to the end of that value).
   */
  record Mutation(int kind, double where, double length, String text) {
    String apply(String input) {
      int at = (int) (where * input.length());
      int span = Math.min(input.length() - at, (int) (length * 12));
      return switch (kind) {
        case 0 -> input.substring(0, at) + input.substring(at + span);
        case 1 -> input.substring(0, at) + text + input.substring(at);
        case 2 -> input.substring(0, at) + text + input.substring(at + span);
        case 3 -> duplicateLine(input, at);
        case 4 -> swapLines(input, at, (int) (length * input.length()));
        default -> nastyValue(input, at, NASTY.get((int) (length * (NASTY.size() - 1))));
      };
    }

    private static String nastyValue(String input, int at, String value) {
      int colon = input.indexOf(": ", at);
      if (colon < 0) {
        colon = input.indexOf(": ");
      }
      if (colon < 0) {
        return input;
      }
      int start = colon + 2;
      int end = start;
      while (end < input.length() && ",}]\n#".indexOf(input.charAt(end)) < 0) {
        end++;
      }
      return input.substring(0, start) + value + input.substring(end);
    }

    private static String duplicateLine(String input, int at) {
      List<String> lines = new ArrayList<>(input.lines().toList());
      if (lines.isEmpty()) {
        return input;
      }
      int line = lineOf(input, at, lines.size());
      lines.add(line, lines.get(line));
      return String.join("\n", lines) + "\n";
    }

    private static String swapLines(String input, int a, int b) {
      List<String> lines = new ArrayList<>(input.lines().toList());
      if (lines.isEmpty()) {
        return input;
      }
      int first = lineOf(input, a, lines.size());
      int second = lineOf(input, b, lines.size());
      String kept = lines.get(first);
      lines.set(first, lines.get(second));
      lines.set(second, kept);
      return String.join("\n", lines) + "\n";
    }

    private static int lineOf(String input, int offset, int lines) {
      long before = input.substring(0, Math.min(offset, input.length())).lines().count();
      return (int) Math.max(0, Math.min(lines - 1, before));
    }
  }

  @Provide
  Arbitrary<String> mutants() {
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.strings()
                    .withChars(SIGNIFICANT + "abcdefgrnotu")
                    .ofMinLength(1)
                    .ofMaxLength(8))
            .as(Mutation::new);
    return mutation
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            mutations -> {
              String text = VALID;
              for (Mutation m : mutations) {
                text = m.apply(text);
              }
              return text;
            });
  }
}
