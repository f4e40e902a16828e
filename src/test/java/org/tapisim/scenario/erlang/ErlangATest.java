package org.tapisim.scenario.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tapisim.scenario.erlang.ReferenceCommands.assertRelativelyClose;
import static org.tapisim.scenario.erlang.ReferenceCommands.model;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErlangATest {

  /**
   * Values printed by the reference calculator, /work/shared/bench/erlang.py, for the command in
   * the first column: p_wait, asa_s (mean wait of answered calls), sl_answered_of_offered (=
   * service_level), p_abandon, occupancy and avg_wait_all_s. Both sides sum the same positive
   * series in double precision, so they must agree to 1e-9 relative.
   */
  record Reference(
      String command,
      double pWait,
      double asa,
      double serviceLevel,
      double pAbandon,
      double occupancy,
      double averageWait) {
    @Override
    public String toString() {
      return command;
    }
  }

  static Stream<Reference> references() {
    return Stream.of(
        // the project's reference model with patience 60 s, 180 s, 600 s and practically infinite
        new Reference(
            "python3 erlang.py a 1080 300 100 20 60",
            0.10808696221573606,
            0.8250382550030697,
            0.9765547617778265,
            0.01544561443307573,
            0.8860989470102317,
            0.9267368659845437),
        new Reference(
            "python3 erlang.py a 1080 300 100 20 180",
            0.14270947031269776,
            1.793171255963936,
            0.9584743738734498,
            0.010532903138077906,
            0.8905203871757299,
            1.895922564854023),
        new Reference(
            "python3 erlang.py a 1080 300 100 20 600",
            0.17686760799845527,
            3.3322953450953254,
            0.9295450697040866,
            0.005686083018779951,
            0.894882525283098,
            3.4116498112679707),
        new Reference(
            "python3 erlang.py a 1080 300 100 20 1e7",
            0.2169358945773993,
            6.507690642186826,
            0.8886239769995795,
            6.507705928651299e-07,
            0.8999994143064663,
            6.5077059286512995),
        new Reference(
            "python3 erlang.py a 1080 300 100 0 180",
            0.14270947031269776,
            1.793171255963936,
            0.8572905296873022,
            0.010532903138077906,
            0.8905203871757299,
            1.895922564854023),
        // BareLoop's Erlang A model: 90 agents, occupancy 1.0, AHT 300 s, patience 180 s
        // (also validate's brute-force and uniformisation cross-check)
        new Reference(
            "python3 erlang.py a 1080 300 90 20 180",
            0.4524437200255952,
            8.182487529856072,
            0.7906206470256688,
            0.047336428648665864,
            0.952663571351334,
            8.520557156759855),
        // patience far below the handle time
        new Reference(
            "python3 erlang.py a 1080 300 100 20 1",
            0.033645117111346164,
            0.0063226907301558825,
            0.9739915663673028,
            0.026008433632673463,
            0.8765924097305938,
            0.026008433632673463),
        new Reference(
            "python3 erlang.py a 3600 3 1 20 0.001",
            0.750187390688764,
            9.990841381977332e-07,
            0.2500624635629213,
            0.7499375364370788,
            0.7501873906887635,
            0.0007499375364370788),
        // overload: offered 125 E to 100 agents; 8.3 E to 2 agents
        new Reference(
            "python3 erlang.py a 1500 300 100 20 180",
            0.9646518125667009,
            39.00801512198319,
            0.16977001565197836,
            0.20112409746838453,
            0.9985948781645193,
            36.202337544309216),
        new Reference(
            "python3 erlang.py a 100 300 2 20 60",
            0.9312165825522389,
            43.662942171704195,
            0.10345274445012453,
            0.7691383683180596,
            0.9619234653414183,
            46.14830209908358),
        // 5000 agents at occupancy 0.99
        new Reference(
            "python3 erlang.py a 59400 300 5000 20 180",
            0.21295401547094445,
            0.4361228274703597,
            0.9975596989706514,
            0.002440301003129215,
            0.987584102006902,
            0.43925418056325866));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void should_match_the_reference_calculator(Reference reference) {
    ErlangPrediction prediction = Erlang.a(model(reference.command()));

    assertThat(prediction.formula()).isEqualTo(ErlangFormula.ERLANG_A);
    assertRelativelyClose(prediction.pWait(), reference.pWait(), 1e-9, "pWait", reference);
    assertRelativelyClose(prediction.asaSeconds(), reference.asa(), 1e-9, "ASA", reference);
    assertRelativelyClose(
        prediction.serviceLevel(), reference.serviceLevel(), 1e-9, "service level", reference);
    assertRelativelyClose(prediction.pAbandon(), reference.pAbandon(), 1e-9, "pAbandon", reference);
    assertRelativelyClose(
        prediction.occupancy(), reference.occupancy(), 1e-9, "occupancy", reference);
    assertRelativelyClose(
        prediction.averageWaitSeconds(), reference.averageWait(), 1e-9, "average wait", reference);
  }

  @Test
  void should_compute_the_service_level_in_deep_overload_without_cancellation() {
    // python3 erlang.py a 1500 300 100 20 36000 prints
    //   p_wait 1.0, asa_s 8031.667868145062, p_abandon 0.20000000000000298,
    //   avg_wait_all_s 7200.000000000107, but service_level 1.04594111149936e-12:
    // it subtracts P(served, W > T) from P(served, W > 0), two numbers near 0.8 that differ by
    // about 1e-141, so its service level is rounding noise. The true value, from the integral of
    // the virtual-wait density with mpmath at 50 digits (R π_c + x π_c ∫_0^θT e^(y(1 − e^−s) −
    // (x + 1) s) ds, π_c = 1/(R + 1F1(1; x + 1; y))), is 8.1655605895442747e-142.
    ErlangPrediction prediction = Erlang.a(model("python3 erlang.py a 1500 300 100 20 36000"));

    assertThat(prediction.serviceLevel()).isCloseTo(8.1655605895442747e-142, within(1e-150));
    assertThat(prediction.pWait()).isEqualTo(1.0);
    assertRelativelyClose(prediction.asaSeconds(), 8031.667868145062, 1e-9, "ASA", "overload");
    assertRelativelyClose(prediction.pAbandon(), 0.2, 1e-12, "pAbandon", "overload");
    assertRelativelyClose(prediction.averageWaitSeconds(), 7200, 1e-12, "wait", "overload");
  }

  @Test
  void should_underflow_the_service_level_to_zero_rather_than_to_noise_far_into_overload() {
    // python3 erlang.py a 13200 300 1000 20 360000 prints p_wait 1.0, asa_s 34311.51472957966,
    // p_abandon 0.09090909090909631 and service_level 1.5357337623811418e-10 (rounding noise):
    // ln π_c is about −5636, so the true service level is far below the smallest double.
    ErlangPrediction prediction = Erlang.a(model("python3 erlang.py a 13200 300 1000 20 360000"));

    assertThat(prediction.serviceLevel()).isZero();
    assertRelativelyClose(prediction.asaSeconds(), 34311.51472957966, 1e-9, "ASA", "overload");
    assertRelativelyClose(prediction.pAbandon(), 1.0 / 11, 1e-12, "pAbandon", "overload");
  }

  @Test
  void should_approach_erlang_b_when_callers_have_almost_no_patience() {
    // Westbay "Erlang Calculator" manual: 15 lines at 1 % blocking carry 8.108 E. With patience
    // 1e-7 s every call that finds the agents busy abandons at once, as a blocked call would.
    double load = 8.108043; // the exact load for 1 % on 15 lines, by bisection (erlang.py validate)
    ErlangPrediction prediction =
        Erlang.a(
            ErlangModel.of(load * 36, Duration.ofSeconds(100), 15, Duration.ZERO)
                .withMeanPatience(Duration.ofNanos(100)));

    assertThat(prediction.pAbandon()).isCloseTo(0.01, within(1e-6));
    assertRelativelyClose(
        prediction.pAbandon(), Erlang.blocking(load, 15), 1e-6, "pAbandon", "patience 100 ns");
    assertThat(prediction.asaSeconds()).isLessThan(1e-7);
  }

  @Test
  void should_approach_the_published_erlang_c_example_when_callers_are_very_patient() {
    // Call Centre Helper example (Pw 0.1741319, SL 0.88835, ASA 7.835937 s) with patience 1e9 s
    ErlangPrediction prediction =
        Erlang.a(
            ErlangModel.of(200, Duration.ofSeconds(180), 14, Duration.ofSeconds(20))
                .withMeanPatience(Duration.ofSeconds(1_000_000_000)));

    assertThat(prediction.pWait()).isCloseTo(0.1741319, within(5e-7));
    assertThat(prediction.serviceLevel()).isCloseTo(0.88835, within(5e-6));
    assertThat(prediction.asaSeconds()).isCloseTo(7.835937, within(5e-5));
    assertThat(prediction.pAbandon()).isLessThan(1e-8);
  }

  @Test
  void should_stay_finite_and_consistent_for_ten_thousand_overloaded_agents_with_patient_callers() {
    // 15000 E offered to 10000 agents, patience 3e6 s: the queue holds about 5e10 calls and a
    // third of the calls abandon (fluid limit 1 − c/A); the series must not walk to its peak.
    ErlangPrediction prediction =
        Erlang.a(
            ErlangModel.of(180_000, Duration.ofSeconds(300), 10_000, Duration.ofSeconds(20))
                .withMeanPatience(Duration.ofSeconds(3_000_000)));

    assertThat(prediction.pWait()).isEqualTo(1.0);
    assertRelativelyClose(prediction.pAbandon(), 1.0 / 3, 1e-9, "pAbandon", "fluid limit");
    assertRelativelyClose(prediction.occupancy(), 1.0, 1e-9, "occupancy", "fluid limit");
    // the virtual wait concentrates at ln(A/c) / θ
    assertRelativelyClose(
        prediction.asaSeconds(), Math.log(1.5) * 3_000_000, 1e-3, "ASA", "fluid limit");
  }

  static Stream<Arguments> extremeCorners() {
    Stream.Builder<Arguments> corners = Stream.builder();
    for (int agents : new int[] {1, 10, 1000, 10_000}) {
      for (double occupancy : new double[] {1e-3, 0.5, 0.99, 1, 1.5, 10}) {
        for (double patienceInAht : new double[] {1e-9, 1e-4, 1, 1e4, 1e8}) {
          if (occupancy * agents * patienceInAht <= Erlang.MAX_ARRIVALS_PER_PATIENCE) {
            corners.add(Arguments.of(agents, occupancy, patienceInAht));
          }
        }
      }
    }
    return corners.build();
  }

  @ParameterizedTest(name = "c = {0}, A/c = {1}, patience = {2} AHT")
  @MethodSource("extremeCorners")
  void should_terminate_with_consistent_probabilities_at_extreme_corners(
      int agents, double occupancy, double patienceInAht) {
    Duration aht = Duration.ofSeconds(300);
    ErlangModel model =
        ErlangModel.of(occupancy * agents * 12, aht, agents, Duration.ofSeconds(20))
            .withMeanPatience(Duration.ofNanos(Math.round(patienceInAht * 300e9)));

    // the constructor rejects NaN, infinities and probabilities outside [0, 1]
    ErlangPrediction prediction = Erlang.a(model);

    assertThat(prediction.pAbandon()).isLessThanOrEqualTo(prediction.pWait() * (1 + 1e-12));
    assertThat(prediction.serviceLevel()).isLessThanOrEqualTo(1 - prediction.pAbandon() + 1e-12);
    assertThat(prediction.occupancy()).isLessThanOrEqualTo(Math.min(1, occupancy) * (1 + 1e-12));
    if (occupancy > 1) {
      // at least the excess load must abandon: P(abandon) >= 1 − c/A
      assertThat(prediction.pAbandon()).isGreaterThanOrEqualTo((1 - 1 / occupancy) * (1 - 1e-9));
    }
  }

  @Test
  void should_refuse_a_model_without_patience() {
    ErlangModel patient = ErlangModel.of(1080, Duration.ofSeconds(300), 100, Duration.ZERO);

    assertThatThrownBy(() -> Erlang.a(patient))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a mean patience");
  }

  @Test
  void should_refuse_more_arrivals_per_patience_than_it_supports() {
    // λ = 1 call/s, patience 1e13 s: λ × patience = 1e13 > 1e12
    ErlangModel tooPatient =
        ErlangModel.of(3600, Duration.ofSeconds(300), 400, Duration.ZERO)
            .withMeanPatience(Duration.ofSeconds(10_000_000_000_000L));

    assertThatThrownBy(() -> Erlang.a(tooPatient))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arrivals per mean patience");
  }

  @Test
  void should_choose_the_formula_from_the_presence_of_patience() {
    ErlangModel model = ErlangModel.of(1080, Duration.ofSeconds(300), 100, Duration.ZERO);

    assertThat(Erlang.predict(model)).contains(Erlang.c(model).orElseThrow());
    assertThat(Erlang.predict(model.withMeanPatience(Duration.ofSeconds(60))))
        .contains(Erlang.a(model.withMeanPatience(Duration.ofSeconds(60))));
    assertThat(
            Erlang.predict(model.withAgents(50).withMeanPatience(Duration.ofSeconds(60)))
                .map(ErlangPrediction::formula))
        .as("Erlang A is stable at any load")
        .contains(ErlangFormula.ERLANG_A);
  }
}
