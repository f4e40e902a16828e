package org.tapisim.acd.internal;

import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;

import org.tapisim.acd.CallState;
import org.tapisim.model.CallEnded;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/**
 * ACD calls' life: arrival, routing or queueing (or blocking), delivery, the end of talk,
 * abandonment and hang-up, with the queue's running totals.
 */
final class CallFlow {
  /** The patience of a caller who never gives up. */
  static final long NO_PATIENCE = -1;

  private final Switch owner;

  CallFlow(Switch owner) {
    this.owner = owner;
  }

  SimCall arrive(SimGroup group, long talk, long patience, String label) {
    long now = owner.now();
    SimCall call = new SimCall(owner, owner.nextCallSerial(), label, group, now, talk);
    SimQueue queue = group.queue;
    queue.roll(now);
    SimSession session = group.router.pick();
    if (session != null) {
      queue.offered++;
      owner.emitter.callOffered(now, call);
      deliver(call, session);
    } else if (queue.size >= group.capacity) {
      call.state = CallState.BLOCKED;
      queue.blocked++;
      owner.emitter.callBlocked(now, call);
    } else {
      queue.offered++;
      owner.emitter.callOffered(now, call);
      queue.add(call);
      queue.waited++;
      owner.emitter.callQueued(now, call, queue.size);
      if (patience != NO_PATIENCE) {
        owner.clock.schedule(now + patience, Switch.ABANDON, call, 0L);
      }
    }
    return call;
  }

  /**
   * A directed call for one session arrives now and is delivered to it at once; refused, with
   * nothing changed, unless the session is READY and its agent free.
   */
  SimCall arriveFor(SimSession session, long talk, String label) {
    if (!session.eligible) {
      throw new TapiException(
          LineError.INVALAGENTSESSIONSTATE,
          "session "
              + session.id
              + " cannot take a directed call: it is "
              + session.state
              + (session.state == org.tapisim.model.AgentSessionState.READY
                  ? " but its agent is busy in another group"
                  : ""));
    }
    long now = owner.now();
    SimGroup group = session.group;
    SimCall call = new SimCall(owner, owner.nextCallSerial(), label, group, now, talk);
    group.queue.roll(now);
    group.queue.offered++;
    owner.emitter.callOffered(now, call);
    deliver(call, session);
    return call;
  }

  /** Hands a call that is no longer queued to a READY session of a free agent. */
  void deliver(SimCall call, SimSession session) {
    long now = owner.now();
    long wait = now - call.arrival;
    SimGroup group = call.simGroup;
    SimQueue queue = group.queue;
    queue.roll(now);
    queue.answered++;
    queue.answeredWaitNanos += wait;
    if (wait <= group.serviceLevelNanos) {
      queue.answeredWithinThreshold++;
    }
    queue.countWait(wait);
    call.state = CallState.TALKING;
    call.session = session;
    call.answeredAt = now;
    owner.emitter.callDelivered(now, call, session, wait);
    session.call = call;
    owner.sessions.transition(session, BUSY_ON_CALL, call);
    session.calls++;
    session.lifetimeCalls++;
    session.answerWaitNanos += wait;
    if (wait > session.longestAnswerWait) {
      session.longestAnswerWait = wait;
    }
    session.agent.acdCalls++;
    owner.clock.schedule(now + call.talk, Switch.CALL_END, call, 0L);
  }

  /** The talk time is over; the clock drops the event of a call that ended earlier. */
  void talkEnded(SimCall call) {
    endTalk(call, CallEnded.Reason.COMPLETED);
  }

  /** The caller's patience ran out; the clock drops the event of a call no longer waiting. */
  void patienceRanOut(SimCall call) {
    abandon(call);
  }

  /** Ends a call at the caller's side: a waiting caller abandons, a talking one hangs up. */
  void hangup(SimCall call) {
    switch (call.state) {
      case WAITING -> abandon(call);
      case TALKING -> endTalk(call, CallEnded.Reason.HUNG_UP);
      default ->
          throw new TapiException(
              LineError.INVALCALLSTATE,
              "call " + call.id() + " is already over (" + call.state + ")");
    }
  }

  /** Ends a call because its session left BUSY_ON_CALL; the session's change is the caller's. */
  void release(SimCall call) {
    finish(call, CallEnded.Reason.RELEASED);
  }

  private void endTalk(SimCall call, CallEnded.Reason reason) {
    SimSession session = call.session;
    finish(call, reason);
    owner.sessions.afterCall(session, call);
    owner.sessions.offerWork(session.agent);
  }

  private void finish(SimCall call, CallEnded.Reason reason) {
    long now = owner.now();
    SimSession session = call.session;
    long talk = now - call.answeredAt;
    call.state = CallState.ENDED;
    session.call = null;
    owner.sessions.rollPeriod(session.agent, now);
    session.talkNanos += talk;
    session.completedCalls++;
    session.agent.talkNanos += talk;
    owner.emitter.callEnded(now, call, session, talk, reason);
  }

  private void abandon(SimCall call) {
    long now = owner.now();
    SimQueue queue = call.simGroup.queue;
    queue.remove(call);
    call.state = CallState.ABANDONED;
    long wait = now - call.arrival;
    queue.roll(now);
    queue.abandoned++;
    queue.countWait(wait);
    owner.emitter.callAbandoned(now, call, wait);
  }
}
