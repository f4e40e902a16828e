/**
 * Time for the simulation: the pending events in their total, deterministic order (sim time, then
 * priority, then insertion sequence) and the clock that hands them out, in virtual time (as fast as
 * possible, driven by the caller) or in real time (paced to the wall clock by a loop thread that
 * owns the simulation).
 *
 * <p>This is the only package of the simulation that reads the wall clock or sleeps (the bridge to
 * real TAPI stamps its events with a {@code java.time.Clock}, as real events happen in wall time).
 * It depends on the JDK only. {@link org.tapisim.clock.EventQueue} and {@link
 * org.tapisim.clock.VirtualClock} are owned by one thread; {@link org.tapisim.clock.RealTimeClock}
 * is thread-safe.
 */
package org.tapisim.clock;
