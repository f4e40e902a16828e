package org.tapisim.acd;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which eligible session gets an arriving call, strategy by strategy. */
class RoutingTest {

  /** Agents a, b, c, defined in that order, logged in to sales, NOT_READY. */
  private static AcdSimulator sim(Routing routing, long seed, Traffic... otherTraffic) {
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(seed)
            .group(GroupConfig.of("sales").withRouting(routing))
            .group(
                GroupConfig.of("other")
                    .withWrapup(Wrapup.sampled(Distribution.exponential(ofSeconds(9)))))
            .agent("a", "sales")
            .agent("b", "sales")
            .agent("c", "sales")
            .agent(SimTesting.readyAgent("z", "other"));
    for (Traffic traffic : otherTraffic) {
      builder.traffic(traffic);
    }
    AcdSimulator sim = builder.build();
    for (String agent : List.of("a", "b", "c")) {
      sim.login(agent);
    }
    return sim;
  }

  /** Offers a call to sales and returns the agent it went to. */
  private static String offer(AcdSimulator sim, Duration talk) {
    Call call = sim.offerCall("sales", talk);
    return call.session().map(s -> s.agent().value()).orElse("queued");
  }

  @Test
  void longest_idle_picks_the_session_eligible_the_longest() {
    AcdSimulator sim = sim(Routing.LONGEST_IDLE, 1);
    sim.ready("c");
    sim.advance(ofSeconds(1));
    sim.ready("a");
    sim.advance(ofSeconds(1));
    sim.ready("b");
    sim.advance(ofSeconds(1));

    assertThat(offer(sim, ofSeconds(10))).isEqualTo("c");
    sim.advance(ofSeconds(20)); // c is eligible again, now the most recent
    assertThat(List.of(offer(sim, ofHours(1)), offer(sim, ofHours(1)), offer(sim, ofHours(1))))
        .containsExactly("a", "b", "c");
  }

  @Test
  void linear_picks_the_first_eligible_session_in_agent_order() {
    AcdSimulator sim = sim(Routing.LINEAR, 1);
    sim.ready("c");
    sim.advance(ofSeconds(1));
    sim.ready("b");
    sim.advance(ofSeconds(1));
    sim.ready("a");

    assertThat(offer(sim, ofSeconds(10))).isEqualTo("a");
    sim.advance(ofSeconds(20));
    assertThat(List.of(offer(sim, ofHours(1)), offer(sim, ofHours(1)), offer(sim, ofHours(1))))
        .containsExactly("a", "b", "c");
  }

  @Test
  void round_robin_picks_the_next_eligible_after_the_last_pick_and_wraps() {
    AcdSimulator sim = sim(Routing.ROUND_ROBIN, 1);
    sim.ready("c");
    sim.ready("b");
    sim.ready("a");
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      picks.add(offer(sim, ofSeconds(1)));
      sim.advance(ofSeconds(2)); // everyone is eligible again before the next call
    }
    sim.notReady("b");
    picks.add(offer(sim, ofSeconds(1))); // after a comes b, who is not eligible: c

    assertThat(picks).containsExactly("a", "b", "c", "a", "c");
  }

  @Test
  void fewest_calls_picks_the_session_with_the_fewest_calls_of_its_life_ties_to_longest_idle() {
    AcdSimulator sim = sim(Routing.FEWEST_CALLS, 1);
    sim.ready("a");
    offer(sim, ofSeconds(1));
    sim.advance(ofSeconds(2));
    offer(sim, ofSeconds(1));
    sim.advance(ofSeconds(2));
    sim.notReady("a");
    sim.ready("b");
    offer(sim, ofSeconds(1));
    sim.advance(ofSeconds(2));
    sim.ready("a");
    sim.ready("c");
    // lifetime calls: a 2, b 1, c 0; idle order: b, a, c

    assertThat(offer(sim, ofSeconds(1))).isEqualTo("c");
    sim.advance(ofSeconds(2)); // a 2, b 1, c 1; idle order: b, a, c
    assertThat(offer(sim, ofSeconds(1))).isEqualTo("b"); // tie with c: b idle longer
    sim.advance(ofSeconds(2));
    // a new measurement period clears everyone's numberOfCalls but not their calls so far
    for (String agent : List.of("a", "b", "c")) {
      sim.agent(agent).setMeasurementPeriod(ofHours(1));
    }
    assertThat(sim.session("a/sales").statistics().numberOfCalls()).isZero();
    assertThat(offer(sim, ofSeconds(1))).isEqualTo("c"); // a 2, b 2, c 1
  }

  private static List<String> randomPicks(long seed, int calls, Traffic... otherTraffic) {
    AcdSimulator sim = sim(Routing.RANDOM, seed, otherTraffic);
    sim.ready("a");
    sim.ready("b");
    sim.ready("c");
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      picks.add(offer(sim, ofSeconds(1)));
      sim.advance(ofSeconds(2));
    }
    return picks;
  }

  @Test
  void random_picks_uniformly_among_the_eligible_sessions() {
    List<String> picks = randomPicks(42, 3000);

    Map<String, Integer> counts = new TreeMap<>();
    picks.forEach(p -> counts.merge(p, 1, Integer::sum));
    assertThat(counts).containsOnlyKeys("a", "b", "c");
    // chi-square with 2 degrees of freedom against 1000 each; 13.8 is its 99.9th percentile
    double chiSquare =
        counts.values().stream().mapToDouble(n -> (n - 1000.0) * (n - 1000.0) / 1000.0).sum();
    assertThat(chiSquare).as("chi-square of %s", counts).isLessThan(13.8);
  }

  @Test
  void random_picks_come_from_the_seeded_stream_of_the_group_alone() {
    Traffic elsewhere =
        Traffic.poisson("other", 600, Distribution.exponential(ofSeconds(30)))
            .withPatience(Distribution.exponential(ofSeconds(20)));

    List<String> first = randomPicks(7, 300);

    assertThat(randomPicks(7, 300)).isEqualTo(first);
    assertThat(randomPicks(8, 300)).isNotEqualTo(first);
    // traffic and sampled wrap-ups in another group draw from other streams
    assertThat(randomPicks(7, 300, elsewhere)).isEqualTo(first);
  }

  /** A READY session of an agent busy elsewhere is not eligible under any strategy. */
  @ParameterizedTest
  @EnumSource(Routing.class)
  void no_strategy_picks_a_session_that_is_not_eligible(Routing routing) {
    AcdSimulator sim = sim(routing, 3);
    sim.ready("b");

    assertThat(offer(sim, ofHours(1))).isEqualTo("b");
    assertThat(offer(sim, ofHours(1))).isEqualTo("queued");
  }

  @ParameterizedTest
  @EnumSource(Routing.class)
  void every_strategy_has_a_script_name_that_maps_back(Routing routing) {
    assertThat(routing.scriptName()).matches("[a-z]+(-[a-z]+)?");
    assertThat(Routing.fromScriptName(routing.scriptName())).isSameAs(routing);
  }

  @Test
  void script_names_are_the_documented_ones() {
    assertThat(Routing.values())
        .extracting(Routing::scriptName)
        .containsExactly("longest-idle", "round-robin", "fewest-calls", "random", "linear");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Routing.fromScriptName("LONGEST_IDLE"))
        .withMessageContaining("LONGEST_IDLE");
  }
}
