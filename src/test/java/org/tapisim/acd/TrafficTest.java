package org.tapisim.acd;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.CallAbandoned;
import org.tapisim.model.CallEnded;
import org.tapisim.model.CallEvent;
import org.tapisim.model.CallOffered;
import org.tapisim.model.GroupId;

/** Generated calls: Poisson arrivals at a piecewise rate, sampled talk and patience. */
class TrafficTest {
  private static final Distribution ONE_MINUTE = Distribution.constant(Duration.ofMinutes(1));

  private static EventRecorder run(long seed, Duration until, Traffic... streams) {
    EventRecorder events = new EventRecorder();
    AcdSimulator.Builder builder =
        AcdSimulator.builder().seed(seed).group("a").group("b").listener(events);
    for (Traffic t : streams) {
      builder.traffic(t);
    }
    AcdSimulator sim = builder.build();
    sim.runUntil(sim.startTime().plus(until));
    return events;
  }

  private static List<Instant> arrivals(EventRecorder events, String group) {
    return events.of(CallOffered.class).stream()
        .filter(e -> e.group().value().equals(group))
        .map(CallEvent::time)
        .toList();
  }

  @Test
  void arrivals_are_poisson_at_the_given_rate() {
    EventRecorder events = run(3, ofHours(10), Traffic.poisson("a", 3600, ONE_MINUTE));

    List<Instant> times = arrivals(events, "a");
    // 36 000 expected; the standard deviation of a Poisson count is its square root (190)
    assertThat(times.size()).isCloseTo(36_000, within(4 * 190));
    double sum = 0;
    double sumSq = 0;
    for (int i = 1; i < times.size(); i++) {
      double gap = Duration.between(times.get(i - 1), times.get(i)).toNanos() / 1e9;
      sum += gap;
      sumSq += gap * gap;
    }
    int n = times.size() - 1;
    double mean = sum / n;
    double cv = Math.sqrt(sumSq / n - mean * mean) / mean;
    assertThat(mean).isCloseTo(1.0, within(0.03)); // exponential gaps of mean 1 s
    assertThat(cv).isCloseTo(1.0, within(0.03)); // whose coefficient of variation is 1
  }

  @Test
  void arrivals_follow_the_rate_segments_and_stop_when_they_end() {
    Traffic profile =
        new Traffic(
            GroupId.of("a"),
            List.of(
                new RateSegment(Duration.ZERO, ofHours(1), 0),
                new RateSegment(ofHours(1), ofHours(2), 3600)),
            Long.MAX_VALUE,
            ONE_MINUTE,
            null);
    EventRecorder events = run(4, ofHours(5), profile);

    List<Instant> times = arrivals(events, "a");
    Instant start = AcdSimulator.DEFAULT_START;
    assertThat(times.size()).isCloseTo(3600, within(4 * 60));
    assertThat(times)
        .allSatisfy(t -> assertThat(t).isBetween(start.plus(ofHours(1)), start.plus(ofHours(2))));
  }

  @Test
  void a_stream_stops_after_its_call_limit() {
    EventRecorder events =
        run(5, ofHours(10), Traffic.poisson("a", 60, ONE_MINUTE).withMaxCalls(7));

    assertThat(arrivals(events, "a")).hasSize(7);
  }

  @Test
  void talk_and_patience_are_drawn_for_each_call() {
    Traffic impatient =
        Traffic.poisson("a", 60, ONE_MINUTE)
            .withPatience(Distribution.constant(ofSeconds(10)))
            .withMaxCalls(20);
    EventRecorder events = new EventRecorder();
    AcdSimulator sim =
        AcdSimulator.builder()
            .seed(6)
            .group("a")
            .agent(SimTesting.readyAgent("x", "a"))
            .traffic(impatient)
            .listener(events)
            .build();
    sim.runUntilIdle();

    assertThat(sim.callCount()).isEqualTo(20);
    assertThat(events.of(CallEnded.class))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.talkTime()).isEqualTo(Duration.ofMinutes(1)));
    assertThat(events.of(CallAbandoned.class))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.waited()).isEqualTo(ofSeconds(10)));
    assertThat(events.of(CallEnded.class).size() + events.of(CallAbandoned.class).size())
        .isEqualTo(20);
  }

  /** Each stream has its own random streams: adding one does not move another's calls. */
  @Test
  void streams_are_independent_and_seeded() {
    Traffic a = Traffic.poisson("a", 120, Distribution.exponential(ofSeconds(30)));
    Traffic b = Traffic.poisson("b", 500, Distribution.exponential(ofSeconds(30)));

    List<Instant> alone = arrivals(run(8, ofHours(2), a), "a");
    List<Instant> withB = arrivals(run(8, ofHours(2), a, b), "a");
    List<Instant> otherSeed = arrivals(run(9, ofHours(2), a), "a");

    assertThat(alone).hasSizeGreaterThan(100).isEqualTo(withB).isNotEqualTo(otherSeed);
  }

  @Test
  void a_talk_time_drawn_past_the_end_of_time_is_capped_at_the_longest_call() {
    // a mean of 60 years draws samples past Long.MAX_VALUE nanoseconds now and then
    Distribution huge = Distribution.exponential(ofHours(525_600));
    AcdSimulator sim =
        AcdSimulator.builder()
            .seed(5)
            .group("a")
            .agent(AgentConfig.of("x", "a").withStart(AgentConfig.Start.READY))
            .traffic(Traffic.poisson("a", 3600, huge).withPatience(huge).withMaxCalls(500))
            .build();

    sim.runUntil(sim.startTime().plus(ofHours(1)));

    assertThat(sim.queue("a").kpis().offered()).isEqualTo(500);
  }

  @Test
  void a_wrapup_drawn_past_the_end_of_time_is_capped_too() {
    Distribution huge = Distribution.exponential(ofHours(630_000)); // a mean of 72 years
    AcdSimulator.Builder builder =
        AcdSimulator.builder()
            .seed(5)
            .group(GroupConfig.of("a").withWrapup(Wrapup.sampled(huge)))
            .traffic(Traffic.poisson("a", 3600, ONE_MINUTE).withMaxCalls(600));
    for (int i = 0; i < 600; i++) {
      builder.agent(AgentConfig.of("x" + i, "a").withStart(AgentConfig.Start.READY));
    }
    AcdSimulator sim = builder.build();

    sim.runUntil(sim.startTime().plus(ofHours(1)));

    assertThat(sim.queue("a").kpis().answered()).isEqualTo(600);
  }
}
