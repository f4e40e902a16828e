package org.tapisim.acd;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tapisim.model.AgentId;
import org.tapisim.model.GroupId;

/** Configuration records: defaults, copies and what they refuse. */
class ConfigTest {

  @Test
  void a_group_has_documented_defaults_and_copies_with_one_change() {
    GroupConfig group = GroupConfig.of("sales");

    assertThat(group.id()).isEqualTo(GroupId.of("sales"));
    assertThat(group.routing()).isEqualTo(Routing.LONGEST_IDLE);
    assertThat(group.wrapup()).isSameAs(Wrapup.none());
    assertThat(group.serviceLevelThreshold()).isEqualTo(ofSeconds(20));
    assertThat(group.capacity()).isEqualTo(GroupConfig.UNLIMITED);

    GroupConfig changed =
        group
            .withRouting(Routing.RANDOM)
            .withWrapup(Wrapup.manual())
            .withServiceLevel(ofSeconds(30))
            .withCapacity(5);
    assertThat(changed)
        .isEqualTo(
            new GroupConfig(
                GroupId.of("sales"), Routing.RANDOM, Wrapup.manual(), ofSeconds(30), 5));
    assertThat(group.capacity()).isEqualTo(Integer.MAX_VALUE); // the original is unchanged
  }

  @Test
  void a_group_refuses_negative_capacity_or_threshold_and_missing_parts() {
    GroupConfig group = GroupConfig.of("sales");
    assertThatIllegalArgumentException().isThrownBy(() -> group.withCapacity(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> group.withServiceLevel(ofSeconds(-1)));
    assertThatNullPointerException().isThrownBy(() -> group.withRouting(null));
    assertThatNullPointerException().isThrownBy(() -> group.withWrapup(null));
    assertThatNullPointerException().isThrownBy(() -> group.withServiceLevel(null));
    assertThat(group.withCapacity(0).capacity()).isZero();
    assertThat(group.withServiceLevel(Duration.ZERO).serviceLevelThreshold()).isZero();
  }

  @Test
  void an_agent_is_logged_out_and_auto_ready_by_default_and_copies_its_group_list() {
    List<GroupId> groups = new ArrayList<>(List.of(GroupId.of("a"), GroupId.of("b")));
    AgentConfig agent =
        new AgentConfig(AgentId.of("x"), groups, true, AgentConfig.Start.LOGGED_OUT);
    groups.clear();

    assertThat(agent.groups()).containsExactly(GroupId.of("a"), GroupId.of("b"));
    assertThat(AgentConfig.of("x", "a", "b")).isEqualTo(agent);
    assertThat(agent.withAutoReady(false).autoReady()).isFalse();
    assertThat(agent.withStart(AgentConfig.Start.READY).start()).isEqualTo(AgentConfig.Start.READY);
    assertThat(AgentConfig.of("x").groups()).isEmpty();
  }

  @Test
  void an_agent_refuses_a_group_listed_twice_and_missing_parts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgentConfig.of("x", "a", "b", "a"))
        .withMessageContaining("twice");
    assertThatNullPointerException()
        .isThrownBy(() -> new AgentConfig(null, List.of(), true, AgentConfig.Start.READY));
    assertThatNullPointerException()
        .isThrownBy(() -> new AgentConfig(AgentId.of("x"), List.of(), true, null));
  }

  @Test
  void a_rate_segment_spans_forward_at_a_finite_rate() {
    assertThat(RateSegment.always(60)).isEqualTo(new RateSegment(Duration.ZERO, null, 60));
    assertThat(new RateSegment(ofHours(1), ofHours(2), 0).perHour()).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> new RateSegment(ofSeconds(-1), null, 1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RateSegment(ofHours(1), ofHours(1), 1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RateSegment(ofHours(1), Duration.ZERO, 1));
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatIllegalArgumentException()
          .as("%s per hour", bad)
          .isThrownBy(() -> RateSegment.always(bad));
    }
    assertThatNullPointerException().isThrownBy(() -> new RateSegment(null, null, 1));
  }

  @Test
  void traffic_needs_ordered_non_overlapping_rates_and_a_talk_time() {
    Distribution talk = Distribution.constant(ofSeconds(60));
    RateSegment first = new RateSegment(Duration.ZERO, ofHours(1), 10);
    RateSegment second = new RateSegment(ofHours(1), null, 20);
    Traffic ok = new Traffic(GroupId.of("g"), List.of(first, second), 5, talk, null);

    assertThat(ok.rates()).containsExactly(first, second);
    assertThat(Traffic.poisson("g", 10, talk).maxCalls()).isEqualTo(Long.MAX_VALUE);
    assertThat(Traffic.poisson("g", 10, talk).patience()).isNull();
    assertThat(ok.withMaxCalls(3).maxCalls()).isEqualTo(3);
    assertThat(ok.withPatience(talk).patience()).isEqualTo(talk);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Traffic(GroupId.of("g"), List.of(), 5, talk, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Traffic(GroupId.of("g"), List.of(second, first), 5, talk, null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Traffic(
                    GroupId.of("g"),
                    List.of(RateSegment.always(1), second),
                    5,
                    talk,
                    null)); // the first never ends
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Traffic(
                    GroupId.of("g"),
                    List.of(first, new RateSegment(Duration.ofMinutes(30), null, 1)),
                    5,
                    talk,
                    null)); // overlap
    assertThatIllegalArgumentException().isThrownBy(() -> ok.withMaxCalls(-1));
    assertThatNullPointerException()
        .isThrownBy(() -> new Traffic(GroupId.of("g"), List.of(first), 5, null, null));
  }

  @Test
  void random_streams_depend_on_the_seed_and_the_name_only() {
    RandomStreams streams = new RandomStreams(42);

    long a = streams.stream("traffic/0/arrivals").nextLong();
    assertThat(new RandomStreams(42).stream("traffic/0/arrivals").nextLong()).isEqualTo(a);
    assertThat(streams.stream("traffic/0/talk").nextLong()).isNotEqualTo(a);
    assertThat(new RandomStreams(43).stream("traffic/0/arrivals").nextLong()).isNotEqualTo(a);
    assertThat(streams.seed()).isEqualTo(42);
  }
}
