package org.tapisim.acd.internal;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.tapisim.acd.Routing;

/**
 * A group's set of eligible sessions and its rule for picking one. Sessions enter when they become
 * eligible (READY, agent not busy) and leave when they stop being so; {@link #pick()} chooses
 * without removing, and the delivery that follows makes the session leave.
 */
abstract class Router {

  /** Returns the router for a strategy. */
  static Router of(Routing routing, SplittableRandom random) {
    return switch (routing) {
      case LONGEST_IDLE -> new LongestIdle();
      case ROUND_ROBIN -> new RoundRobin();
      case FEWEST_CALLS -> new FewestCalls();
      case RANDOM -> new RandomPick(random);
      case LINEAR -> new Linear();
    };
  }

  abstract void add(SimSession session);

  abstract void remove(SimSession session);

  /** Returns the session to get the next call, or {@code null} if none is eligible. */
  abstract SimSession pick();

  /** Eligible sessions in the order they became eligible (an intrusive list). */
  static class IdleOrder extends Router {
    SimSession head;
    SimSession tail;

    @Override
    void add(SimSession session) {
      session.idlePrev = tail;
      session.idleNext = null;
      if (tail == null) {
        head = session;
      } else {
        tail.idleNext = session;
      }
      tail = session;
    }

    @Override
    void remove(SimSession session) {
      SimSession prev = session.idlePrev;
      SimSession next = session.idleNext;
      if (prev == null) {
        head = next;
      } else {
        prev.idleNext = next;
      }
      if (next == null) {
        tail = prev;
      } else {
        next.idlePrev = prev;
      }
      session.idlePrev = null;
      session.idleNext = null;
    }

    @Override
    SimSession pick() {
      return head;
    }
  }

  /** The session eligible longest. */
  static final class LongestIdle extends IdleOrder {}

  /** The fewest calls handled; ties to the session eligible longest. */
  static final class FewestCalls extends IdleOrder {
    @Override
    SimSession pick() {
      SimSession best = head;
      for (SimSession s = head; s != null; s = s.idleNext) {
        if (s.lifetimeCalls < best.lifetimeCalls) {
          best = s;
        }
      }
      return best;
    }
  }

  /** Eligible sessions indexed by their agent's place in agent order. */
  abstract static class AgentOrder extends Router {
    final BitSet eligible = new BitSet();
    SimSession[] byOrdinal = new SimSession[16];

    @Override
    void add(SimSession session) {
      int ordinal = session.agent.ordinal;
      if (ordinal >= byOrdinal.length) {
        byOrdinal = java.util.Arrays.copyOf(byOrdinal, Math.max(ordinal + 1, byOrdinal.length * 2));
      }
      byOrdinal[ordinal] = session;
      eligible.set(ordinal);
    }

    @Override
    void remove(SimSession session) {
      int ordinal = session.agent.ordinal;
      eligible.clear(ordinal);
      byOrdinal[ordinal] = null;
    }
  }

  /** The first eligible session in agent order. */
  static final class Linear extends AgentOrder {
    @Override
    SimSession pick() {
      int first = eligible.nextSetBit(0);
      return first < 0 ? null : byOrdinal[first];
    }
  }

  /** The next eligible session after the last one picked, in agent order, wrapping around. */
  static final class RoundRobin extends AgentOrder {
    private int last = -1;

    @Override
    SimSession pick() {
      int next = eligible.nextSetBit(last + 1);
      if (next < 0) {
        next = eligible.nextSetBit(0);
      }
      if (next < 0) {
        return null;
      }
      last = next;
      return byOrdinal[next];
    }
  }

  /** A session drawn uniformly from the eligible ones. */
  static final class RandomPick extends Router {
    private final SplittableRandom random;
    private SimSession[] members = new SimSession[16];
    private int size;

    RandomPick(SplittableRandom random) {
      this.random = random;
    }

    @Override
    void add(SimSession session) {
      if (size == members.length) {
        members = java.util.Arrays.copyOf(members, size * 2);
      }
      session.routerIndex = size;
      members[size++] = session;
    }

    @Override
    void remove(SimSession session) {
      int index = session.routerIndex;
      SimSession moved = members[--size];
      members[index] = moved;
      moved.routerIndex = index;
      members[size] = null;
      session.routerIndex = -1;
    }

    @Override
    SimSession pick() {
      return size == 0 ? null : members[random.nextInt(size)];
    }
  }
}
