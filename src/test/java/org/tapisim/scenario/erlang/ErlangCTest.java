package org.tapisim.scenario.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tapisim.scenario.erlang.ReferenceCommands.assertRelativelyClose;
import static org.tapisim.scenario.erlang.ReferenceCommands.model;

import java.time.Duration;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ErlangCTest {

  /**
   * Values printed by the reference calculator, /work/shared/bench/erlang.py, for the command in
   * the first column: p_wait, asa_s, service_level, occupancy. Both sides evaluate exact formulas
   * in double precision, so they must agree to 1e-9 relative.
   */
  record Reference(
      String command, double pWait, double asa, double serviceLevel, double occupancy) {
    @Override
    public String toString() {
      return command;
    }
  }

  static Stream<Reference> references() {
    return Stream.of(
        // M/M/1 at ρ = 0.5
        new Reference("python3 erlang.py c 10 180 1 20", 0.5, 180.0, 0.5270202655466173, 0.5),
        // Call Centre Helper example (also in validate)
        new Reference(
            "python3 erlang.py c 200 180 14 20",
            0.17413193359504991,
            7.835937011777246,
            0.8883500191794669,
            0.7142857142857143),
        // the project's reference model: 100 agents, occupancy 0.9, AHT 300 s, T = 20 s
        new Reference(
            "python3 erlang.py c 1080 300 100 20",
            0.21694048090636642,
            6.5082144271909925,
            0.8886190432915083,
            0.9),
        new Reference(
            "python3 erlang.py c 1080 300 100 0",
            0.21694048090636642,
            6.5082144271909925,
            0.7830595190936336,
            0.9),
        // near saturation
        new Reference(
            "python3 erlang.py c 11880 300 1000 20",
            0.6590804218808531,
            19.772412656425594,
            0.6616168285871471,
            0.99),
        new Reference(
            "python3 erlang.py c 59400 300 5000 20",
            0.3660982194227233,
            2.1965893165363397,
            0.9869398145558729,
            0.99),
        new Reference(
            "python3 erlang.py c 119880 300 10000 20",
            0.8805417113739957,
            26.416251341219873,
            0.547914811358335,
            0.999));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void should_match_the_reference_calculator(Reference reference) {
    ErlangPrediction prediction = Erlang.c(model(reference.command())).orElseThrow();

    assertThat(prediction.formula()).isEqualTo(ErlangFormula.ERLANG_C);
    assertRelativelyClose(prediction.pWait(), reference.pWait(), 1e-9, "pWait", reference);
    assertRelativelyClose(prediction.asaSeconds(), reference.asa(), 1e-9, "ASA", reference);
    assertRelativelyClose(
        prediction.serviceLevel(), reference.serviceLevel(), 1e-9, "service level", reference);
    assertRelativelyClose(
        prediction.occupancy(), reference.occupancy(), 1e-9, "occupancy", reference);
    assertThat(prediction.pAbandon()).isZero();
    assertThat(prediction.averageWaitSeconds()).isEqualTo(prediction.asaSeconds());
  }

  @Test
  void should_reproduce_the_call_centre_helper_example_as_published() {
    // 100 calls per 30 minutes, AHT 180 s, 14 agents, T = 20 s. Published (Call Centre Helper,
    // "Erlang C formula made simple", reproduced in the pyworkforce and CRAN ErlangC READMEs):
    // traffic 10 E, Pw 0.1741319, SL 0.88835, ASA 7.835937 s, occupancy 0.7142857.
    ErlangPrediction prediction =
        Erlang.c(ErlangModel.of(200, Duration.ofSeconds(180), 14, Duration.ofSeconds(20)))
            .orElseThrow();

    assertThat(prediction.offeredLoad()).isEqualTo(10.0);
    assertThat(prediction.pWait()).isCloseTo(0.1741319, within(5e-8));
    assertThat(prediction.serviceLevel()).isCloseTo(0.88835, within(5e-6));
    assertThat(prediction.asaSeconds()).isCloseTo(7.835937, within(5e-7));
    assertThat(prediction.occupancy()).isCloseTo(0.7142857, within(5e-8));
  }

  @Test
  void should_reproduce_the_published_staffing_example_of_an_erlang_c_calculator() {
    // "Erlang C calculator" documented example (V. R.): 600 calls/h × 120 s = 20 E; the target
    // P(delay) <= 15 % needs 26 circuits with about 3 s average delay per call (the page rounds to
    // its 0.5 s display step); 30 circuits give a delay probability of 2.5 %; 30 circuits at 15 %
    // delay carry 23.6 E.
    ErlangModel twentyErlangs =
        ErlangModel.of(600, Duration.ofSeconds(120), 21, Duration.ofSeconds(20));
    int minimum =
        IntStream.rangeClosed(21, 100)
            .filter(n -> pWait(twentyErlangs.withAgents(n)) <= 0.15)
            .findFirst()
            .orElseThrow();

    assertThat(minimum).isEqualTo(26);
    assertThat(Erlang.c(twentyErlangs.withAgents(26)).orElseThrow().asaSeconds())
        .isCloseTo(3.0, within(0.15));
    assertThat(pWait(twentyErlangs.withAgents(30))).isCloseTo(0.025, within(0.0005));
    assertThat(loadWithDelayProbability(30, 0.15)).isCloseTo(23.6, within(0.05));
  }

  @Test
  void should_agree_with_the_closed_form_of_the_single_server_queue() {
    // M/M/1: P(W > 0) = ρ, E[W] = ρ AHT / (1 − ρ), P(W <= T) = 1 − ρ e^(−(1 − ρ) T / AHT).
    double rho = 0.8;
    double aht = 240;
    double t = 30;
    ErlangPrediction prediction =
        Erlang.c(
                ErlangModel.of(
                    rho * 3600 / aht, Duration.ofSeconds(240), 1, Duration.ofSeconds(30)))
            .orElseThrow();

    assertThat(prediction.pWait()).isCloseTo(rho, within(1e-15));
    assertThat(prediction.asaSeconds()).isCloseTo(rho * aht / (1 - rho), within(1e-12));
    assertThat(prediction.serviceLevel())
        .isCloseTo(1 - rho * Math.exp(-(1 - rho) * t / aht), within(1e-15));
  }

  @Test
  void should_predict_nothing_when_the_load_reaches_the_number_of_agents() {
    ErlangModel saturated = ErlangModel.of(1200, Duration.ofSeconds(300), 100, Duration.ZERO);

    assertThat(Erlang.c(saturated)).isEmpty();
    assertThat(Erlang.c(saturated.withAgents(99))).isEmpty();
    assertThat(Erlang.predict(saturated)).isEmpty();
    assertThat(Erlang.c(saturated.withAgents(101))).isPresent();
  }

  @Test
  void should_stay_finite_a_hair_below_saturation_with_twenty_thousand_agents() {
    // ρ = 1 − 1e-9: ASA = C AHT / (c − A) is large but finite, C is close to 1
    ErlangPrediction prediction =
        Erlang.c(
                ErlangModel.of(
                    20_000 * (1 - 1e-9) * 3600 / 300.0,
                    Duration.ofSeconds(300),
                    20_000,
                    Duration.ofSeconds(20)))
            .orElseThrow();

    assertThat(prediction.pWait()).isGreaterThan(0.9999).isLessThanOrEqualTo(1);
    assertThat(prediction.asaSeconds()).isGreaterThan(1e7).isFinite();
    assertThat(prediction.serviceLevel()).isBetween(0.0, 1e-4);
  }

  @Test
  void should_give_zero_wait_without_garbage_when_ten_thousand_agents_face_one_erlang() {
    // the true P(W > 0) is about 1/10000!, far below the smallest double
    ErlangPrediction prediction =
        Erlang.c(ErlangModel.of(12, Duration.ofSeconds(300), 10_000, Duration.ofSeconds(20)))
            .orElseThrow();

    assertThat(prediction.pWait()).isZero();
    assertThat(prediction.asaSeconds()).isZero();
    assertThat(prediction.serviceLevel()).isEqualTo(1.0);
    assertThat(prediction.occupancy()).isCloseTo(1e-4, within(1e-18));
  }

  @Test
  void should_refuse_a_model_with_patience() {
    ErlangModel impatient =
        ErlangModel.of(1080, Duration.ofSeconds(300), 100, Duration.ofSeconds(20))
            .withMeanPatience(Duration.ofSeconds(180));

    assertThatThrownBy(() -> Erlang.c(impatient))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean patience of PT3M")
        .hasMessageContaining("withoutPatience");
  }

  private static double pWait(ErlangModel model) {
    return Erlang.c(model).orElseThrow().pWait();
  }

  /** The load that 'agents' agents carry at the given delay probability, by bisection. */
  private static double loadWithDelayProbability(int agents, double target) {
    double low = 0.01;
    double high = agents - 1e-9;
    for (int i = 0; i < 200; i++) {
      double mid = (low + high) / 2;
      double probability =
          pWait(ErlangModel.of(mid * 3600 / 120, Duration.ofSeconds(120), agents, Duration.ZERO));
      if (probability < target) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }
}
