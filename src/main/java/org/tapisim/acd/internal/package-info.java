/**
 * The engine of the simulated switch: the registry, the dispatch of due events, the session and
 * call flows, routing strategies, traffic generation and running totals. Not a public API; use
 * {@link org.tapisim.acd.AcdSimulator}. All state here is owned by one thread at a time.
 */
package org.tapisim.acd.internal;
