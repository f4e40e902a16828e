package org.tapisim.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

class RequestsTest {
  private final List<Integer> results = new ArrayList<>();
  private final Requests requests = new Requests(Duration.ofMillis(50), results::add);

  @Test
  void a_reply_completes_its_request_after_running_its_success_hook() {
    List<String> order = new ArrayList<>();
    CompletableFuture<Void> reply = requests.submit("read", () -> 5, () -> order.add("hook"), null);
    reply.thenRun(() -> order.add("done"));

    requests.complete(5, 0);

    assertThat(reply).isDone();
    assertThat(order).containsExactly("hook", "done");
    assertThat(requests.inFlight()).isZero();
  }

  @Test
  void a_caller_that_gave_up_leaves_the_buffers_in_flight_until_the_reply_or_forget() {
    CompletableFuture<Void> first = requests.submit("first", () -> 1, null, new byte[16]);
    CompletableFuture<Void> second = requests.submit("second", () -> 2, null, new byte[16]);

    assertThatThrownBy(() -> requests.await(first, "first"))
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.OPERATIONFAILED));
    assertThat(requests.inFlight()).isEqualTo(2);

    requests.complete(1, 0);
    assertThat(requests.inFlight()).isEqualTo(1);
    requests.forget();
    assertThat(requests.inFlight()).isZero();
    assertThat(second).isNotDone();
  }

  @Test
  void after_fail_all_waiting_requests_fail_and_new_ones_never_reach_tapi() {
    CompletableFuture<Void> waiting = requests.submit("waiting", () -> 3, null, null);
    requests.failAll(LineError.OPERATIONFAILED, "line closed");
    requests.failAll(LineError.UNINITIALIZED, "closed again");

    assertThat(waiting).isCompletedExceptionally();
    List<String> calls = new ArrayList<>();
    CompletableFuture<Void> late =
        requests.submit(
            "late",
            () -> {
              calls.add("called");
              return 4;
            },
            null,
            null);
    assertThatThrownBy(() -> requests.await(late, "late"))
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> {
              assertThat(e.error()).isEqualTo(LineError.OPERATIONFAILED);
              assertThat(e).hasMessageContaining("line closed");
            });
    assertThat(calls).isEmpty();
  }

  @Test
  void every_result_is_seen_synchronous_and_replied() {
    requests.submit("sync", () -> LineError.REINIT.code(), null, null);
    requests.submit("async", () -> 9, null, null);
    requests.complete(9, LineError.NOMEM.code());
    requests.complete(77, 0);

    assertThat(results).containsExactly(LineError.REINIT.code(), LineError.NOMEM.code(), 0);
  }
}
