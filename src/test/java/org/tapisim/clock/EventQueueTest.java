package org.tapisim.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The total order of pending events: time, then priority, then insertion. */
class EventQueueTest {
  private final EventQueue queue = new EventQueue();

  private List<Object> drain() {
    List<Object> out = new ArrayList<>();
    while (!queue.isEmpty()) {
      out.add(queue.poll());
    }
    return out;
  }

  @Test
  void earlier_events_come_first_whatever_their_priority() {
    queue.add(20, 0, "late", 0);
    queue.add(10, EventQueue.MAX_PRIORITY, "early", 0);

    assertThat(drain()).containsExactly("early", "late");
  }

  @Test
  void at_the_same_time_lower_priority_values_come_first() {
    queue.add(5, 60, "observe", 0);
    queue.add(5, 10, "call end", 0);
    queue.add(5, 40, "arrival", 0);
    queue.add(5, 20, "wrap-up end", 0);

    assertThat(drain()).containsExactly("call end", "wrap-up end", "arrival", "observe");
  }

  @Test
  void at_the_same_time_and_priority_insertion_order_decides() {
    for (int i = 0; i < 10; i++) {
      queue.add(7, 30, i, 0);
    }

    assertThat(drain()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void poll_reports_the_time_priority_and_tag_of_the_event_it_returned() {
    queue.add(30, 2, "b", 222);
    queue.add(10, 1, "a", 111);

    assertThat(queue.peekTime()).isEqualTo(10);
    assertThat(queue.poll()).isEqualTo("a");
    assertThat(queue.polledTime()).isEqualTo(10);
    assertThat(queue.polledPriority()).isEqualTo(1);
    assertThat(queue.polledTag()).isEqualTo(111);
    assertThat(queue.poll()).isEqualTo("b");
    assertThat(queue.polledTime()).isEqualTo(30);
    assertThat(queue.polledPriority()).isEqualTo(2);
    assertThat(queue.polledTag()).isEqualTo(222);
  }

  @Test
  void it_grows_past_its_initial_capacity_and_keeps_the_order() {
    int n = 1000;
    for (int i = 0; i < n; i++) {
      queue.add((i * 7919L) % 101, i % 3, i, -i);
    }
    assertThat(queue.size()).isEqualTo(n);

    long lastTime = Long.MIN_VALUE;
    int lastPriority = -1;
    int lastIndex = -1;
    for (int k = 0; k < n; k++) {
      int index = (Integer) queue.poll();
      long time = queue.polledTime();
      int priority = queue.polledPriority();
      assertThat(queue.polledTag()).isEqualTo(-index);
      boolean ordered =
          time > lastTime
              || (time == lastTime
                  && (priority > lastPriority || (priority == lastPriority && index > lastIndex)));
      assertThat(ordered)
          .as("event %d after (%d,%d,%d)", index, lastTime, lastPriority, lastIndex)
          .isTrue();
      lastTime = time;
      lastPriority = priority;
      lastIndex = index;
    }
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void extreme_times_and_priorities_are_ordered_too() {
    queue.add(Long.MAX_VALUE, 0, "end of time", 0);
    queue.add(0, EventQueue.MAX_PRIORITY, "last at zero", 0);
    queue.add(0, 0, "first at zero", 0);

    assertThat(drain()).containsExactly("first at zero", "last at zero", "end of time");
  }

  @Test
  void clear_removes_every_pending_event() {
    queue.add(1, 0, "a", 0);
    queue.add(2, 0, "b", 0);

    queue.clear();

    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.size()).isZero();
    queue.add(3, 0, "c", 0);
    assertThat(drain()).containsExactly("c");
  }

  @Test
  void it_refuses_priorities_out_of_range_and_null_payloads() {
    assertThatIllegalArgumentException().isThrownBy(() -> queue.add(0, -1, "x", 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> queue.add(0, EventQueue.MAX_PRIORITY + 1, "x", 0));
    assertThatIllegalArgumentException().isThrownBy(() -> queue.add(0, 0, null, 0));
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void an_empty_queue_has_nothing_to_peek_or_poll() {
    assertThatIllegalStateException().isThrownBy(queue::peekTime);
    assertThatIllegalStateException().isThrownBy(queue::poll);
  }
}
