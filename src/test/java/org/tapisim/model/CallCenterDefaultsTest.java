package org.tapisim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What the call-center interfaces give an implementation for free: names from ids, and a clear
 * OPERATIONUNAVAIL where real TAPI cannot report KPIs.
 */
class CallCenterDefaultsTest {

  private static final class BareQueue implements Queue {
    @Override
    public QueueId id() {
      return QueueId.of("sales");
    }

    @Override
    public QueueStatistics statistics() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Duration measurementPeriod() {
      return Duration.ZERO;
    }

    @Override
    public void setMeasurementPeriod(Duration period) {}
  }

  private static final class BareSession implements AgentSession {
    @Override
    public SessionId id() {
      return SessionId.parse("alice/sales");
    }

    @Override
    public Agent agent() {
      return null;
    }

    @Override
    public AcdGroup group() {
      return null;
    }

    @Override
    public AgentSessionState state() {
      return AgentSessionState.NOT_READY;
    }

    @Override
    public Optional<AgentSessionState> nextState() {
      return Optional.empty();
    }

    @Override
    public void setState(AgentSessionState state) {}

    @Override
    public void setState(AgentSessionState state, AgentSessionState next) {}

    @Override
    public CompletableFuture<Void> setStateAsync(AgentSessionState state, AgentSessionState next) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public Instant startTime() {
      return Instant.EPOCH;
    }

    @Override
    public AgentSessionStatistics statistics() {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void a_queue_and_a_group_are_named_by_their_id() {
    assertThat(new BareQueue().name()).isEqualTo("sales");
    AcdGroup named =
        new AcdGroup() {
          @Override
          public GroupId id() {
            return GroupId.of("support");
          }

          @Override
          public List<Queue> queues() {
            return List.of();
          }
        };
    assertThat(named.name()).isEqualTo("support");
  }

  @Test
  void kpis_are_unavailable_unless_the_call_center_can_tell() {
    assertThatThrownBy(() -> new BareQueue().kpis())
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.OPERATIONUNAVAIL))
        .hasMessageContaining("sales");
    assertThatThrownBy(() -> new BareSession().kpis())
        .isInstanceOfSatisfying(
            TapiException.class, e -> assertThat(e.error()).isEqualTo(LineError.OPERATIONUNAVAIL))
        .hasMessageContaining("alice/sales");
  }
}
