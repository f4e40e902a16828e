/**
 * The simulated ACD switch: {@link org.tapisim.acd.AcdSimulator} implements the TAPI 3 call-center
 * model over a discrete-event engine, with its configuration (groups with routing, wrap-up, service
 * level and capacity; agents; traffic streams with their distributions), seeded random streams and
 * call handles.
 *
 * <p>Distributions and traffic generation live here rather than with scenario scripts because the
 * switch itself samples wrap-up times and generates arrivals; the scenario layer parses scripts
 * into these types. Depends on {@code model}, {@code clock} and the SLF4J API.
 */
package org.tapisim.acd;
