/**
 * tapisim's call-center API over real TAPI 2.2: {@link org.tapisim.bridge.Tapi32CallCenter}
 * implements {@link org.tapisim.model.CallCenter} on top of the raw binding in {@code
 * org.tapisim.bridge.jna}, so code tested against the simulator runs unchanged against a switch
 * reached through tapi32.dll (or the native stand-in for it).
 *
 * <p>It initialises TAPI with the event mechanism, negotiates TAPI 2.2 (3.0 where the queue
 * functions need it) and opens one line; a message-pump thread takes TAPI's messages, completes
 * asynchronous requests from their {@code LINE_REPLY} and turns agent-session, agent, queue and
 * group status messages into the same {@link org.tapisim.model.TapiEvent}s the simulator emits,
 * which an event thread hands to listeners in order. Every blocking method waits for its reply at
 * most a configurable time, and TAPI's negative results become {@link
 * org.tapisim.model.TapiException}s carrying the {@link org.tapisim.model.LineError}. Everything
 * public here is thread-safe. TAPI's spelling stays in {@code bridge.jna}; this package speaks
 * tapisim's names.
 */
package org.tapisim.bridge;
