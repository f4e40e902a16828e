/**
 * The outputs of a scenario run: the streamed event log, the run summary (a record, its JSON and a
 * table) and a self-contained HTML report.
 *
 * <h2>How a runner uses it</h2>
 *
 * <ol>
 *   <li>Before building the simulator, open the event log ({@link
 *       org.tapisim.scenario.output.EventLog#open EventLog.open(format, stream, start)}, with
 *       {@code KEEP_STREAM_OPEN} for standard output and {@code FLUSH_EACH_EVENT} in real time)
 *       and, for {@code --report}, a {@link org.tapisim.scenario.output.ReportCollector}; register
 *       both with {@code AcdSimulator.builder().listener(...)} so that they see the events of time
 *       zero.
 *   <li>Run. Afterwards close the event log (it closes the stream unless told not to) and check
 *       {@link org.tapisim.scenario.output.EventLog#failure()}.
 *   <li>Take {@link org.tapisim.scenario.output.RunSummary#capture RunSummary.capture(...)} once
 *       the run is over (or interrupted); write it with {@link
 *       org.tapisim.scenario.output.SummaryJson} ({@code --summary}), {@link
 *       org.tapisim.scenario.output.SummaryTable} (stdout) and {@link
 *       org.tapisim.scenario.output.HtmlReport} ({@code --report}). Those writers do not close the
 *       streams they are given.
 * </ol>
 *
 * <p>Everything written is deterministic: the same events give the same bytes, whatever the default
 * locale, time zone or line separator; only the summary's wall-clock time differs between runs.
 * Text is UTF-8 and lines end with LF.
 *
 * <h2>Event log, JSON Lines</h2>
 *
 * <p>The first line is a header: {@code
 * {"kind":"log","format":"tapisim-events","version":1,"origin":"2000-01-01T00:00:00Z"}}. Each
 * following line is one event, an object whose keys always come in the order shown. Every event has
 * {@code t} (seconds since the origin, an exact decimal to the nanosecond, e.g. {@code 5.0} or
 * {@code 12.000000001}), {@code seq} (the event's place in the total order), {@code kind}, then the
 * object it is about and {@code event}. Optional keys are left out when they do not apply. Names
 * are the Java enum names (TAPI's names without their prefix).
 *
 * <table>
 *   <caption>Keys per kind, after {@code t}, {@code seq} and {@code kind}</caption>
 *   <tr><th>kind</th><th>keys</th><th>event</th></tr>
 *   <tr><td>{@code session}</td>
 *       <td>{@code session} ({@code agent/group}), {@code event}, {@code from} (absent for
 *       NEW_SESSION), {@code to}, {@code call} and {@code call_serial} (when a call caused it)</td>
 *       <td>{@code AgentSessionEvent}; states are {@code AgentSessionState}</td></tr>
 *   <tr><td>{@code agent}</td><td>{@code agent}, {@code event}, {@code from}, {@code to}</td>
 *       <td>{@code AgentEvent}; states are {@code AgentState}</td></tr>
 *   <tr><td>{@code queue}</td><td>{@code queue}, {@code event}, {@code group}</td>
 *       <td>{@code AcdQueueEvent}</td></tr>
 *   <tr><td>{@code group}</td><td>{@code group}, {@code event}</td>
 *       <td>{@code AcdGroupEvent}</td></tr>
 *   <tr><td>{@code handler}</td><td>{@code handler}, {@code event}</td>
 *       <td>{@code AgentHandlerEvent}</td></tr>
 *   <tr><td>{@code call}</td>
 *       <td>{@code group}, {@code event}, {@code call}, {@code call_serial}, then by event:
 *       QUEUED {@code position}; DELIVERED {@code session}, {@code wait_s}; ABANDONED
 *       {@code wait_s}; ENDED {@code session}, {@code talk_s}, {@code reason} (COMPLETED, HUNG_UP
 *       or RELEASED); OFFERED and BLOCKED nothing more</td>
 *       <td>OFFERED, QUEUED, DELIVERED, ABANDONED, BLOCKED, ENDED</td></tr>
 *   <tr><td>{@code line}</td><td>{@code event} (a line recorded from real TAPI went away)</td>
 *       <td>CLOSED ({@code LINE_CLOSE}) or REINIT</td></tr>
 * </table>
 *
 * <p>{@code call} is, for an unlabelled call, {@code #} and its serial ({@code #42}); for a
 * labelled call it is the label ({@code c1}), followed by {@code call_serial}, the serial. Example
 * lines:
 *
 * <pre>{@code
 * {"t":5.0,"seq":8,"kind":"call","group":"sales","event":"DELIVERED","call":"c1","call_serial":1,"session":"alice/sales","wait_s":0.0}
 * {"t":5.0,"seq":9,"kind":"session","session":"alice/sales","event":"BUSY","from":"READY","to":"BUSY_ON_CALL","call":"c1","call_serial":1}
 * }</pre>
 *
 * <p>{@link org.tapisim.scenario.output.JsonlEventReader} reads such a log back into the events
 * that were written.
 *
 * <h2>Event log, text and CSV</h2>
 *
 * <p>Text: a title line, then per event the sim time since the origin as {@code HH:MM:SS.mmm}
 * (hours grow past 99), the sequence number, the object ({@code alice/sales}, {@code alice}, the
 * queue, group or handler name), the event name, {@code FROM → TO}, the call, and a detail (for
 * calls: queue position, session, wait, talk, reason) in fixed columns:
 *
 * <pre>{@code
 * 00:00:05.000         8  sales            DELIVERED                                c1       alice/sales wait 0.000s
 * 00:00:05.000         9  alice/sales      BUSY         READY → BUSY_ON_CALL        c1
 * }</pre>
 *
 * <p>CSV: the header {@code t,seq,kind,object,event,from,to,call,detail}, then one row per event
 * with {@code t} as in JSON Lines and the detail as space-separated {@code key=value} pairs with
 * the JSON Lines keys; fields are quoted per RFC 4180 only when they hold a comma, quote, CR or LF.
 *
 * <h2>Memory</h2>
 *
 * <p>The event log holds one buffer of about 64 KiB; the summary holds one entry per queue, session
 * and agent; the report collector holds a bounded number of points per session and per queue. None
 * grows with the number of calls or events.
 */
package org.tapisim.scenario.output;
