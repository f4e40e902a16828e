package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.Durations;

/** The value syntaxes of the format: durations, rates and distributions. */
class ValuesTest {

  // ------------------------------------------------------------------ durations

  static Stream<Arguments> durations() {
    return Stream.of(
        Arguments.of("250ms", Duration.ofMillis(250)),
        Arguments.of("30s", Duration.ofSeconds(30)),
        Arguments.of("2m", Duration.ofMinutes(2)),
        Arguments.of("1h", Duration.ofHours(1)),
        Arguments.of("1h30m", Duration.ofMinutes(90)),
        Arguments.of("1.5s", Duration.ofMillis(1500)),
        Arguments.of("PT30S", Duration.ofSeconds(30)),
        Arguments.of("pt1m30s", Duration.ofSeconds(90)),
        Arguments.of("0s", Duration.ZERO),
        Arguments.of("1m30s", Duration.ofSeconds(90)),
        Arguments.of("1s500ms", Duration.ofMillis(1500)),
        Arguments.of("0.5h", Duration.ofMinutes(30)),
        Arguments.of("  45s  ", Duration.ofSeconds(45)),
        Arguments.of("0.000000001s", Duration.ofNanos(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void reads_every_duration_form_of_the_format(String text, Duration expected) throws Exception {
    assertThat(Values.duration(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5        | `5` has no unit; write a duration such as 5s, 5m or 5ms",
        "1.5      | `1.5` has no unit",
        "-5       | a duration cannot be negative: `-5`",
        "-5s      | a duration cannot be negative: `-5s`",
        "PT-5S    | a duration cannot be negative: `PT-5S`",
        "1.5ms5   | `1.5ms5` is not a duration; write e.g. 250ms, 30s, 2m, 1h30m or 1.5s",
        "5x       | `5x` is not a duration",
        "30S      | `30S` is not a duration",
        "1m30     | `1m30` is not a duration",
        "1s1h     | `1s1h` is not a duration",
        ".5s      | `.5s` is not a duration",
        "P1X      | `P1X` is not an ISO-8601 duration (e.g. PT30S)",
        "0.1ns    | `0.1ns` is not a duration",
        "0.0000000001s | `0.0000000001s` is finer than a nanosecond",
        "99999999999999999999h | `99999999999999999999h` is too long a duration",
        "PT2562047788015215H | `PT2562047788015215H` is too long a duration",
        "PT9999999999999999H | `PT9999999999999999H` is too long a duration",
      })
  void refuses_durations_that_are_ambiguous_negative_or_malformed(String text, String message) {
    assertThatThrownBy(() -> Values.duration(text))
        .isInstanceOf(Values.Invalid.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(value = {"''", "'   '"})
  void an_empty_duration_is_missing(String text) {
    assertThatThrownBy(() -> Values.duration(text)).hasMessageContaining("a duration is missing");
  }

  @Property
  void every_duration_reads_back_as_the_format_writes_it(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 4) long nanos) throws Exception {
    Duration duration = Duration.ofNanos(nanos);

    assertThat(Values.duration(Durations.format(duration))).isEqualTo(duration);
  }

  // ------------------------------------------------------------------ rates

  @ParameterizedTest(name = "{0}")
  @CsvSource({"120/h, 120", "2/m, 120", "0.5/s, 1800", "0/h, 0", "120 / h, 120", "7.5/H, 7.5"})
  void reads_rates_as_calls_per_hour(String text, double perHour) throws Exception {
    assertThat(Values.perHour(text)).isCloseTo(perHour, within(1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "120     | 0 | `120` has no unit; write a rate such as 120/h",
        "120/d   | 4 | unknown rate unit `/d` (did you mean `h`?)",
        "120/day | 4 | unknown rate unit `/day` (expected one of: h, m, s)",
        "-5/h    | 0 | a rate cannot be negative: `-5/h`",
        "-5      | 0 | a rate cannot be negative: `-5`",
        "h/120   | 0 | `h/120` is not a rate",
        "2000000000000/h | 0 | `2000000000000/h` is too high a rate",
      })
  void refuses_rates_without_a_known_unit_at_the_offending_offset(
      String text, int offset, String message) {
    assertThatThrownBy(() -> Values.perHour(text))
        .isInstanceOfSatisfying(
            Values.Invalid.class, e -> assertThat(e.offset).as("offset").isEqualTo(offset))
        .hasMessageContaining(message);
  }

  // ------------------------------------------------------------------ distributions

  static Stream<Arguments> distributions() {
    return Stream.of(
        Arguments.of("30s", Distribution.constant(Duration.ofSeconds(30)), "30s"),
        Arguments.of("exp(3m)", new Distribution.Exponential(Duration.ofMinutes(3)), "exp(3m)"),
        Arguments.of(
            "uniform(10s, 30s)",
            new Distribution.Uniform(Duration.ofSeconds(10), Duration.ofSeconds(30)),
            "uniform(10s, 30s)"),
        Arguments.of(
            "normal(3m, 30s)",
            new Distribution.Normal(Duration.ofMinutes(3), Duration.ofSeconds(30)),
            "normal(3m, 30s)"),
        Arguments.of(
            "lognormal(3m, 1m)",
            new Distribution.LogNormal(Duration.ofMinutes(3), Duration.ofMinutes(1)),
            "lognormal(3m, 1m)"),
        Arguments.of(
            "erlang(3, 3m)", new Distribution.Erlang(3, Duration.ofMinutes(3)), "erlang(3, 3m)"),
        Arguments.of(
            " Uniform( 10s ,30s ) ",
            new Distribution.Uniform(Duration.ofSeconds(10), Duration.ofSeconds(30)),
            "uniform(10s, 30s)"),
        Arguments.of(
            "exp(PT90S)", new Distribution.Exponential(Duration.ofSeconds(90)), "exp(1m30s)"),
        Arguments.of(
            "uniform(0s, 0s)",
            new Distribution.Uniform(Duration.ZERO, Duration.ZERO),
            "uniform(0s, 0s)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("distributions")
  void reads_every_distribution_and_writes_it_back_as_the_format_spells_it(
      String text, Distribution expected, String written) throws Exception {
    Distribution distribution = Values.distribution(text);

    assertThat(distribution).isEqualTo(expected);
    assertThat(distribution).hasToString(written);
    assertThat(Values.distribution(distribution.toString())).isEqualTo(distribution);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "exp(3m            | 6  | `exp(3m` is missing its closing `)`",
        "uniform(10s       | 11 | `uniform(10s` is missing its closing `)`; inside `{ }` a comma"
            + " ends the value",
        "expo(3m)          | 0  | unknown distribution `expo` (did you mean `exp`?)",
        "gauss(3m, 1m)     | 0  | unknown distribution `gauss` (expected one of: exp, uniform,"
            + " normal, lognormal, erlang)",
        "exp               | 3  | `exp` needs its parameters, e.g. exp(3m)",
        "3m)               | 2  | `)` without `(` in `3m)`",
        "exp()             | 3  | exp takes 1 parameter, not 0: exp(MEAN)",
        "uniform(10s)      | 7  | uniform takes 2 parameters, not 1: uniform(MIN, MAX)",
        "erlang(3, 1m, 2m) | 6  | erlang takes 2 parameters, not 3: erlang(K, MEAN)",
        "uniform(30s, 10s) | 13 | uniform(30s, 10s): max is below min",
        "uniform(10s, 3x)  | 13 | uniform: `3x` is not a duration",
        "uniform(10s,  )   | 14 | an empty parameter in `(10s,  )`",
        "exp(0s)           | 4  | exp: the mean must be more than zero",
        "normal(0s, 1s)    | 7  | normal: the mean must be more than zero",
        "lognormal(1m, -1s)| 14 | lognormal: a duration cannot be negative: `-1s`",
        "erlang(0, 3m)     | 7  | erlang: the shape k must be from 1 to 1000, not 0",
        "erlang(1001, 3m)  | 7  | erlang: the shape k must be from 1 to 1000, not 1001",
        "erlang(2.5, 3m)   | 7  | erlang: the shape k must be a whole number, not `2.5`",
        "erlang(3, 0s)     | 10 | erlang: the mean must be more than zero",
        "exp(exp(3m))      | 4  | distributions cannot be nested: `exp(3m)`",
        "exp(30)           | 4  | exp: `30` has no unit",
      })
  void refuses_malformed_distributions_at_the_offending_parameter(
      String text, int offset, String message) {
    assertThatThrownBy(() -> Values.distribution(text))
        .isInstanceOfSatisfying(
            Values.Invalid.class, e -> assertThat(e.offset).as("offset").isEqualTo(offset))
        .hasMessageContaining(message);
  }

  @Property
  void every_distribution_reads_back_from_its_script_spelling(
      @ForAll("distributionsOfAnyParameters") Distribution distribution) throws Exception {
    assertThat(Values.distribution(distribution.toString())).isEqualTo(distribution);
  }

  @Provide
  Arbitrary<Distribution> distributionsOfAnyParameters() {
    Arbitrary<Duration> any =
        Arbitraries.longs().between(0, Values.LONGEST.toNanos()).map(Duration::ofNanos);
    Arbitrary<Duration> positive =
        Arbitraries.longs().between(1, Values.LONGEST.toNanos()).map(Duration::ofNanos);
    Arbitrary<Distribution> uniform =
        Combinators.combine(any, any)
            .as(
                (a, b) ->
                    a.compareTo(b) <= 0
                        ? new Distribution.Uniform(a, b)
                        : new Distribution.Uniform(b, a));
    return Arbitraries.oneOf(
        List.of(
            any.map(Distribution::constant),
            positive.map(Distribution.Exponential::new),
            uniform,
            Combinators.combine(positive, any).as(Distribution.Normal::new),
            Combinators.combine(positive, any).as(Distribution.LogNormal::new),
            Combinators.combine(Arbitraries.integers().between(1, 1000), positive)
                .as(Distribution.Erlang::new)));
  }

  @Property
  void the_shape_of_an_erlang_is_a_whole_number_from_1_to_1000(
      @ForAll @IntRange(min = 1, max = 1000) int k) throws Exception {
    assertThat(Values.distribution("erlang(" + k + ", 3m)"))
        .isEqualTo(new Distribution.Erlang(k, Duration.ofMinutes(3)));
  }
}
