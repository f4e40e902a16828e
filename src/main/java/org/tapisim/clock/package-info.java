/**
 * Time for the simulation: the pending events in their total, deterministic order (sim time, then
 * priority, then insertion sequence) and the clock that hands them out, in virtual time (as fast as
 * possible, driven by the caller) or in real time (paced to the wall clock by a loop thread that
 * owns the simulation).
 *
 * <p>This is the only package that reads the wall clock or sleeps. It depends on the JDK only.
 * {@link org.tapisim.clock.EventQueue} and {@link org.tapisim.clock.VirtualClock} are owned by one
 * thread; {@link org.tapisim.clock.RealTimeClock} is thread-safe.
 */
package org.tapisim.clock;
