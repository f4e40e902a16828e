package org.tapisim.model;

import java.time.Instant;

/**
 * Something that happened in a call center, as a listener receives it: one record per TAPI 3 event
 * kind ({@code TE_AGENTSESSION}, {@code TE_AGENT}, {@code TE_QUEUE}, {@code TE_ACDGROUP}, {@code
 * TE_AGENTHANDLER}) plus the switch's call events.
 *
 * <p>Every event carries the sim time it happened at and a sequence number that strictly increases
 * over all events of one call center, so events can be totally ordered. Events are immutable
 * records and safe to share between threads.
 */
public sealed interface TapiEvent
    permits SessionChanged,
        AgentChanged,
        QueueChanged,
        GroupChanged,
        AgentHandlerChanged,
        LineClosed,
        CallEvent {

  /** Returns the sim time at which it happened. */
  Instant time();

  /** Returns its place in the call center's total order of events, from 1. */
  long sequence();

  /** Returns the {@code TAPI_EVENT} bit of its kind, or 0 for switch-level call events. */
  int tapiEventType();
}
