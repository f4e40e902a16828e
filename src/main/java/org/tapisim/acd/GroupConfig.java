package org.tapisim.acd;

import java.time.Duration;
import java.util.Objects;
import org.tapisim.model.GroupId;

/**
 * The configuration of an ACD group and its queue (which has the group's name).
 *
 * @param id the group's name
 * @param routing how it picks an eligible session
 * @param wrapup what agents do after each call
 * @param serviceLevelThreshold the threshold T of its service level
 * @param capacity how many calls may wait at once; arrivals beyond it are blocked ({@link
 *     #UNLIMITED} for no limit)
 */
public record GroupConfig(
    GroupId id, Routing routing, Wrapup wrapup, Duration serviceLevelThreshold, int capacity) {

  /** The capacity of a queue without a limit. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** The default service-level threshold, 20 seconds. */
  public static final Duration DEFAULT_SERVICE_LEVEL = Duration.ofSeconds(20);

  /** Checks the configuration. */
  public GroupConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(routing, "routing");
    Objects.requireNonNull(wrapup, "wrapup");
    Objects.requireNonNull(serviceLevelThreshold, "serviceLevelThreshold");
    if (serviceLevelThreshold.isNegative()) {
      throw new IllegalArgumentException("service-level threshold is negative");
    }
    if (capacity < 0) {
      throw new IllegalArgumentException("queue capacity is negative: " + capacity);
    }
  }

  /**
   * Returns a group with the defaults: longest-idle routing, no wrap-up, a 20 s service-level
   * threshold and an unlimited queue.
   */
  public static GroupConfig of(String id) {
    return new GroupConfig(
        GroupId.of(id), Routing.LONGEST_IDLE, Wrapup.none(), DEFAULT_SERVICE_LEVEL, UNLIMITED);
  }

  /** Returns a copy with another routing strategy. */
  public GroupConfig withRouting(Routing routing) {
    return new GroupConfig(id, routing, wrapup, serviceLevelThreshold, capacity);
  }

  /** Returns a copy with another wrap-up. */
  public GroupConfig withWrapup(Wrapup wrapup) {
    return new GroupConfig(id, routing, wrapup, serviceLevelThreshold, capacity);
  }

  /** Returns a copy with another service-level threshold. */
  public GroupConfig withServiceLevel(Duration threshold) {
    return new GroupConfig(id, routing, wrapup, threshold, capacity);
  }

  /** Returns a copy with another queue capacity. */
  public GroupConfig withCapacity(int capacity) {
    return new GroupConfig(id, routing, wrapup, serviceLevelThreshold, capacity);
  }
}
