/**
 * Steady-state predictions for a call-center queue from the Erlang formulas: Erlang B (loss),
 * Erlang C (M/M/c, callers wait forever) and Erlang A (M/M/c+M, Palm's queue with exponential
 * patience).
 *
 * <p>The scenario summary prints these predictions beside the simulated values, and the
 * statistical-validity tests use them as the reference: a scenario with Poisson arrivals,
 * exponential talk, no wrap-up and agents that start ready must reproduce them within statistical
 * noise. {@link org.tapisim.scenario.erlang.ErlangModel} describes the queue, {@link
 * org.tapisim.scenario.erlang.Erlang} computes an {@link
 * org.tapisim.scenario.erlang.ErlangPrediction} whose measures have the definitions of the summary
 * JSON ({@code p_wait}, {@code asa_s}, {@code service_level}, {@code p_abandon}, {@code
 * avg_wait_s}).
 *
 * <p>The computations work in log space with stable recursions and positive series, so they stay
 * accurate for tens of thousands of agents, for loads close to the number of agents and for very
 * short or very long patience. The package depends on the JDK only; its records are immutable and
 * its functions stateless, so everything here is thread-safe.
 */
package org.tapisim.scenario.erlang;
