package org.tapisim.acd;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.TapiEvent;

/** The same seed and inputs give the same events; another seed gives others. */
class DeterminismTest {

  /**
   * Poisson traffic with exponential talk and patience to two groups, random routing and a sampled
   * wrap-up in one, six agents, and two scheduled agent commands; eight hours.
   */
  private static AcdSimulator build(long seed, EventRecorder... listeners) {
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(seed)
            .group(
                GroupConfig.of("sales")
                    .withRouting(Routing.RANDOM)
                    .withWrapup(Wrapup.sampled(Distribution.exponential(ofSeconds(20)))))
            .group(
                GroupConfig.of("support").withWrapup(Wrapup.fixed(ofSeconds(10))).withCapacity(5))
            .traffic(
                Traffic.poisson("sales", 150, Distribution.exponential(ofMinutes(3)))
                    .withPatience(Distribution.exponential(ofMinutes(2))))
            .traffic(
                Traffic.poisson("support", 60, Distribution.exponential(ofMinutes(5)))
                    .withPatience(Distribution.exponential(ofMinutes(3))));
    for (int i = 0; i < 6; i++) {
      String[] groups =
          i % 3 == 0
              ? new String[] {"sales", "support"}
              : new String[] {i < 3 ? "sales" : "support"};
      builder.agent(SimTesting.readyAgent("agent" + i, groups).withAutoReady(i != 4));
    }
    for (EventRecorder listener : listeners) {
      builder.listener(listener);
    }
    AcdSimulator sim = builder.build();
    sim.schedule(SimTesting.at(sim, ofHours(2)), () -> sim.notReady("agent1"));
    sim.schedule(SimTesting.at(sim, ofHours(3)), () -> sim.ready("agent1"));
    sim.schedule(SimTesting.at(sim, ofHours(5)), () -> sim.ready("agent4"));
    return sim;
  }

  private static List<TapiEvent> run(long seed) {
    EventRecorder events = new EventRecorder();
    AcdSimulator sim = build(seed, events);
    SimTesting.runTo(sim, ofHours(8));
    return events.all();
  }

  /** The statistics a run ends with, as values. */
  private static List<Object> outcome(AcdSimulator sim) {
    List<Object> out = new ArrayList<>();
    out.add(sim.eventCount());
    out.add(sim.callCount());
    sim.groups().forEach(g -> out.add(sim.queue(g.name()).kpis()));
    sim.agents().forEach(a -> out.add(a.statistics()));
    sim.sessions().forEach(s -> out.add(s.kpis()));
    return out;
  }

  @Test
  void the_same_seed_gives_the_same_events() {
    List<TapiEvent> first = run(2024);
    List<TapiEvent> second = run(2024);

    assertThat(first).hasSizeGreaterThan(2000);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void another_seed_gives_other_events() {
    assertThat(run(2025)).isNotEqualTo(run(2024));
  }

  /** Listening does not change what happens or how events are numbered. */
  @Test
  void listeners_change_neither_the_run_nor_the_numbering() {
    EventRecorder all = new EventRecorder();
    AcdSimulator listened = build(77, all);
    SimTesting.runTo(listened, ofHours(8));
    AcdSimulator silent = build(77);
    SimTesting.runTo(silent, ofHours(4));
    EventRecorder late = new EventRecorder();
    silent.subscribe(late);
    SimTesting.runTo(silent, ofHours(8));

    assertThat(outcome(silent)).isEqualTo(outcome(listened));
    List<TapiEvent> full = all.all();
    assertThat(late.all())
        .isNotEmpty()
        .isEqualTo(full.subList(full.size() - late.all().size(), full.size()));
  }
}
