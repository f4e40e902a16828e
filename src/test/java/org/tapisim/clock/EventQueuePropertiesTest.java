package org.tapisim.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/** The queue hands events out exactly as a stable sort by (time, priority) would. */
class EventQueuePropertiesTest {

  /** One add (time, priority) or, when {@code poll}, one poll. */
  record Op(boolean poll, long time, int priority) {}

  /** An added event with its insertion index, for the reference order. */
  record Entry(long time, int priority, int index) {}

  private static final Comparator<Entry> TOTAL_ORDER =
      Comparator.comparingLong(Entry::time)
          .thenComparingInt(Entry::priority)
          .thenComparingInt(Entry::index);

  @Provide
  Arbitrary<Long> times() {
    // few distinct times so that ties are common, plus the extremes
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 12), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE));
  }

  @Provide
  Arbitrary<Integer> priorities() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 3), Arbitraries.of(0, EventQueue.MAX_PRIORITY));
  }

  @Provide
  Arbitrary<Op> ops() {
    Arbitrary<Op> add =
        Combinators.combine(times(), priorities()).as((t, p) -> new Op(false, t, p));
    return Arbitraries.frequencyOf(
        Tuple.of(3, add), Tuple.of(1, Arbitraries.just(new Op(true, 0, 0))));
  }

  @Property
  void adding_everything_then_polling_everything_gives_the_sorted_order(
      @ForAll @Size(max = 300) List<@From("addsOnly") Op> adds) {
    EventQueue queue = new EventQueue();
    List<Entry> expected = new ArrayList<>();
    for (int i = 0; i < adds.size(); i++) {
      Op op = adds.get(i);
      queue.add(op.time(), op.priority(), i, 1000L + i);
      expected.add(new Entry(op.time(), op.priority(), i));
    }
    expected.sort(TOTAL_ORDER);

    List<Entry> actual = new ArrayList<>();
    while (!queue.isEmpty()) {
      int index = (Integer) queue.poll();
      assertThat(queue.polledTag()).isEqualTo(1000L + index);
      actual.add(new Entry(queue.polledTime(), queue.polledPriority(), index));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Op> addsOnly() {
    return Combinators.combine(times(), priorities()).as((t, p) -> new Op(false, t, p));
  }

  @Property
  void interleaved_adds_and_polls_agree_with_a_reference_priority_queue(
      @ForAll @Size(max = 400) List<@From("ops") Op> ops) {
    EventQueue queue = new EventQueue();
    PriorityQueue<Entry> reference = new PriorityQueue<>(TOTAL_ORDER);
    int added = 0;
    for (Op op : ops) {
      if (op.poll()) {
        if (reference.isEmpty()) {
          assertThat(queue.isEmpty()).isTrue();
          continue;
        }
        Entry want = reference.poll();
        assertThat(queue.peekTime()).isEqualTo(want.time());
        assertThat(queue.poll()).isEqualTo(want.index());
        assertThat(queue.polledPriority()).isEqualTo(want.priority());
        assertThat(queue.polledTag()).isEqualTo(-want.index());
      } else {
        queue.add(op.time(), op.priority(), added, -added);
        reference.add(new Entry(op.time(), op.priority(), added));
        added++;
      }
      assertThat(queue.size()).isEqualTo(reference.size());
    }
  }
}
