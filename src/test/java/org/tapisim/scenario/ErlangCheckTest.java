package org.tapisim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tapisim.model.GroupId;
import org.tapisim.scenario.erlang.ErlangFormula;

/** Which groups the Erlang formulas describe, and what they predict for them. */
class ErlangCheckTest {

  private static Scenario script(String agents, String traffic, String timeline)
      throws ScriptException {
    return script("510/h", agents, traffic, timeline);
  }

  private static Scenario script(String rate, String agents, String traffic, String timeline)
      throws ScriptException {
    return Scenario.parse(
        Path.of("erlang.yaml"),
        """
        scenario: erlang
        groups:
          check: { service-level: 20s }
        agents:
          %s
        traffic:
          - group: check
            rate: %s
            calls: 1000
            %s
        %s
        """
            .formatted(agents, rate, traffic, timeline));
  }

  @Test
  void an_m_m_c_group_gets_the_erlang_c_prediction() throws ScriptException {
    Scenario scenario =
        script("agent: { count: 50, groups: [check], start: ready }", "talk: exp(5m)", "");

    ErlangCheck.Prediction p = ErlangCheck.predictions(scenario).get(GroupId.of("check"));

    assertThat(p.prediction().formula()).isEqualTo(ErlangFormula.ERLANG_C);
    assertThat(p.prediction().pWait()).isCloseTo(0.1897, within(5e-5)); // erlang.py c 510 300 50 20
    assertThat(p.model().agents()).isEqualTo(50);
  }

  @Test
  void exponential_patience_calls_for_erlang_a() throws ScriptException {
    Scenario scenario =
        script(
            "agent: { count: 50, groups: [check], start: ready }",
            "talk: exp(5m)\n    patience: exp(2m)",
            "");

    assertThat(ErlangCheck.predictions(scenario).get(GroupId.of("check")).prediction().formula())
        .isEqualTo(ErlangFormula.ERLANG_A);
  }

  @Test
  void agents_who_do_not_go_ready_after_a_call_leave_the_formulas_behind() throws ScriptException {
    Scenario scenario =
        script(
            "agent: { count: 50, groups: [check], start: ready, auto-ready: false }",
            "talk: exp(5m)",
            "");

    assertThat(ErlangCheck.predictions(scenario)).isEmpty();
  }

  @Test
  void agents_the_timeline_touches_leave_the_formulas_behind() throws ScriptException {
    Scenario scenario =
        script(
            "agent: { count: 50, groups: [check], start: ready }",
            "talk: exp(5m)",
            "timeline:\n  - { at: 1m, not-ready: agent-01 }");

    assertThat(ErlangCheck.predictions(scenario)).isEmpty();
  }

  @Test
  void callers_too_patient_for_the_series_get_no_prediction_rather_than_an_error()
      throws ScriptException {
    // 1,000 calls a second times a mean patience of 57 years: 1.8e12 arrivals per patience
    Scenario scenario =
        script(
            "1000/s",
            "agent: { count: 50, groups: [check], start: ready }",
            "talk: exp(5m)\n    patience: exp(500000h)",
            "");

    assertThat(ErlangCheck.predictions(scenario)).isEmpty();
    assertThat(ErlangCheck.figures(scenario)).isEmpty();
  }
}
