package org.tapisim.acd.internal;

import java.util.List;
import java.util.SplittableRandom;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.GroupId;
import org.tapisim.model.Queue;

/** An ACD group in the switch, with its router and its one queue. Immutable parts only public. */
final class SimGroup implements AcdGroup {
  final GroupConfig config;
  final Router router;
  final SimQueue queue;
  final Wrapup wrapup;
  final SplittableRandom wrapupRandom;
  final long serviceLevelNanos;
  final int capacity;
  private final List<Queue> queues;

  SimGroup(
      Switch owner,
      GroupConfig config,
      SplittableRandom routingRandom,
      SplittableRandom wrapupRandom) {
    this.config = config;
    this.router = Router.of(config.routing(), routingRandom);
    this.queue = new SimQueue(owner, this);
    this.wrapup = config.wrapup();
    this.wrapupRandom = wrapupRandom;
    this.serviceLevelNanos = config.serviceLevelThreshold().toNanos();
    this.capacity = config.capacity();
    this.queues = List.of(queue);
  }

  @Override
  public GroupId id() {
    return config.id();
  }

  @Override
  public List<Queue> queues() {
    return queues;
  }

  @Override
  public String toString() {
    return "group " + id();
  }
}
