package org.tapisim.acd;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.tapisim.acd.internal.Switch;
import org.tapisim.clock.ClockMode;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentHandler;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.CallCenter;
import org.tapisim.model.GroupId;
import org.tapisim.model.Queue;
import org.tapisim.model.SessionId;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEventListener;

/**
 * A simulated ACD switch: a {@link CallCenter} that drives agent sessions through ACD calls and
 * wrap-up, on a virtual or a real-time clock, and keeps the statistics TAPI 3 reports.
 *
 * <p>Build one with {@link #builder()}. Besides the TAPI-style API of {@link CallCenter} it offers
 * direct access by id ({@link #session(String)}, {@link #agent(String)}, {@link #queue(String)}),
 * agent commands ({@link #login}, {@link #logout}, {@link #ready}, {@link #notReady}), calls
 * ({@link #offerCall}, {@link #hangup}) and control of time.
 *
 * <p><b>Time and threads.</b> In virtual time (the default) the caller drives the clock with {@link
 * #advance(Duration)}, {@link #runUntil(Instant)}, {@link #runUntilIdle()} and {@link
 * #advanceUntil}; every call applies at the current sim instant, and listeners run on the caller's
 * thread before the call returns. Use it from one thread at a time. In real time ({@link
 * Builder#realTime(double)}) {@link #start()} starts a loop thread that owns the switch and paces
 * events to the wall clock; every method is then safe from any thread (calls are handed to the loop
 * and return when applied), the run methods wait for sim time to pass, and listeners run on the
 * loop thread, where calls back into the simulator apply inline.
 *
 * <p>The same seed and the same inputs give the same events in the same order, in virtual and in
 * real time. Sampled durations go through {@code Math.log} and its kin, which a JVM may compute a
 * last bit differently on another processor; across machines a sampled time may then differ by a
 * nanosecond, and only the logs of runs with sampled durations could differ.
 */
public final class AcdSimulator implements CallCenter {
  /** The default sim epoch, 2000-01-01T00:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2000-01-01T00:00:00Z");

  private final Switch engine;

  private AcdSimulator(Switch engine) {
    this.engine = engine;
  }

  /** Returns a builder with the defaults: virtual time, seed 1, epoch 2000-01-01T00:00:00Z. */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------- the TAPI-style API

  /** Returns the switch's one agent handler, named {@code tapisim}. */
  @Override
  public List<AgentHandler> agentHandlers() {
    return engine.agentHandlers();
  }

  @Override
  public Subscription subscribe(TapiEventListener listener) {
    return engine.subscribe(listener);
  }

  // ------------------------------------------------------------- lookups

  /**
   * Returns the session {@code agent/group}, e.g. {@code alice/sales}; after a logout and a new
   * login, the newer session.
   *
   * @throws IllegalArgumentException if the agent never had a session in that group
   */
  public AgentSession session(String id) {
    return engine.session(SessionId.parse(id));
  }

  /**
   * Returns the session {@code agent/group} if the agent ever had one in that group; after a logout
   * and a new login, the newer one.
   */
  public Optional<AgentSession> findSession(String id) {
    return engine.findSession(SessionId.parse(id));
  }

  /**
   * Returns an agent.
   *
   * @throws IllegalArgumentException if there is no such agent
   */
  public Agent agent(String id) {
    return engine.agent(AgentId.of(id));
  }

  /**
   * Returns a group.
   *
   * @throws IllegalArgumentException if there is no such group
   */
  public AcdGroup group(String id) {
    return engine.group(GroupId.of(id));
  }

  /**
   * Returns a group's queue, which has the group's name.
   *
   * @throws IllegalArgumentException if there is no such group
   */
  public Queue queue(String id) {
    return engine.queue(GroupId.of(id));
  }

  /** Returns every agent, in the order they were defined. */
  public List<Agent> agents() {
    return engine.agents();
  }

  /** Returns every group, in the order they were defined. */
  public List<AcdGroup> groups() {
    return engine.groups();
  }

  /** Returns the newest session of each {@code agent/group}, live or ended, oldest first. */
  public List<AgentSession> sessions() {
    return engine.sessions();
  }

  // ------------------------------------------------------------- agent commands

  /**
   * Logs an agent in to each of its groups: a NOT_READY session each (NEW_SESSION).
   *
   * @throws org.tapisim.model.TapiException with {@code INVALAGENTSTATE} if it is logged in
   */
  public void login(String agent) {
    engine.login(AgentId.of(agent));
  }

  /**
   * Logs an agent out: every live session ends (END); a call in progress is released.
   *
   * @throws org.tapisim.model.TapiException with {@code INVALAGENTSTATE} if it is not logged in
   */
  public void logout(String agent) {
    engine.logout(AgentId.of(agent));
  }

  /**
   * The agent asks for READY: its NOT_READY sessions become READY now; a session on a call takes
   * READY as its next state; READY ends a manual wrap-up at once and is the next state of a timed
   * one.
   *
   * @throws org.tapisim.model.TapiException with {@code INVALAGENTSTATE} if it is not logged in
   */
  public void ready(String agent) {
    engine.ready(AgentId.of(agent));
  }

  /**
   * The agent asks for NOT_READY: its READY sessions become NOT_READY now; a busy session takes
   * NOT_READY as its next state (a manual wrap-up ends at once).
   *
   * @throws org.tapisim.model.TapiException with {@code INVALAGENTSTATE} if it is not logged in
   */
  public void notReady(String agent) {
    engine.notReady(AgentId.of(agent));
  }

  // ------------------------------------------------------------- calls

  /** A call with {@code talk} time and unlimited patience arrives at {@code group} now. */
  public Call offerCall(String group, Duration talk) {
    return engine.offerCall(GroupId.of(group), talk, null, null);
  }

  /**
   * A call arrives at {@code group} now: it goes to an eligible session chosen by the group's
   * routing, or waits in the queue (FIFO), or is blocked when the queue is full.
   *
   * @param talk how long it will be talked once delivered
   * @param patience how long the caller waits before abandoning; {@code null} for ever
   */
  public Call offerCall(String group, Duration talk, Duration patience) {
    return engine.offerCall(GroupId.of(group), talk, patience, null);
  }

  /**
   * Like {@link #offerCall(String, Duration, Duration)}, with a label for the call's id (as a
   * scenario's {@code id: c1}).
   */
  public Call offerCall(String group, Duration talk, Duration patience, String label) {
    return engine.offerCall(GroupId.of(group), talk, patience, label);
  }

  /**
   * A directed call for one session ({@code agent/group}) arrives now and is delivered to it at
   * once, bypassing the group's routing and queue; it counts in the group's queue statistics as an
   * offered call answered without waiting. Use it to put a particular agent on a call.
   *
   * @throws org.tapisim.model.TapiException with {@code INVALAGENTSESSIONSTATE}, changing nothing,
   *     unless the session is READY and its agent is not busy in another group
   * @throws IllegalArgumentException if there is no such session
   */
  public Call offerCallTo(String session, Duration talk) {
    return engine.offerCallTo(SessionId.parse(session), talk, null);
  }

  /**
   * Hangs up a call: a waiting caller abandons; a call being talked ends now (HUNG_UP) and the
   * session goes to wrap-up or its next state.
   *
   * @throws org.tapisim.model.TapiException with {@code INVALCALLSTATE} if the call is over
   */
  public void hangup(Call call) {
    engine.hangup(call);
  }

  /**
   * Runs {@code query} on the thread that owns the simulation and returns its result: in real time
   * the loop thread, between two events, so several readings form one consistent snapshot; in
   * virtual time the caller. The query must only read.
   */
  public <T> T read(Supplier<T> query) {
    Objects.requireNonNull(query, "query");
    return engine.read(query::get);
  }

  // ------------------------------------------------------------- time

  /** Returns the sim time now. */
  public Instant now() {
    return engine.currentTime();
  }

  /** Returns sim time zero. */
  public Instant startTime() {
    return engine.instant0();
  }

  /** Runs (virtual) or waits for (real time) {@code duration} of sim time. */
  public void advance(Duration duration) {
    engine.advance(duration);
  }

  /**
   * Runs or waits for every event up to and including {@code time}; then the clock reads it, or the
   * end set with {@link Builder#endAt(Instant)} if that comes first.
   */
  public void runUntil(Instant time) {
    engine.runUntil(time);
  }

  /**
   * Runs or waits for every pending event, up to the end if {@link Builder#endAt(Instant)} set one.
   * With traffic that never ends and no end, this never returns; use {@link #runUntil(Instant)}
   * instead.
   */
  public void runUntilIdle() {
    engine.runUntilIdle();
  }

  /**
   * Runs or waits for events until {@code condition} holds, checked before and after each event, or
   * until {@code limit} of sim time has passed: "run the switch until my code has reacted".
   *
   * @return whether the condition held
   */
  public boolean advanceUntil(BooleanSupplier condition, Duration limit) {
    return engine.advanceUntil(condition, limit);
  }

  /** Tells whether no event is pending (no arrival, call end, wrap-up end or scheduled action). */
  public boolean isIdle() {
    return engine.isIdle();
  }

  /**
   * Runs {@code action} at sim time {@code at}, on the thread that owns the switch, after the
   * switch's own events at that time and in the order actions were scheduled.
   *
   * @throws IllegalArgumentException if {@code at} is before now
   */
  public void schedule(Instant at, Runnable action) {
    engine.schedule(at, action);
  }

  /**
   * Runs {@code observer} at sim time {@code at}, after everything else at that time; for reading
   * states and statistics "as of" an instant.
   */
  public void observe(Instant at, Runnable observer) {
    engine.observe(at, observer);
  }

  /** Starts the real-time loop; does nothing in virtual time or when already started. */
  public void start() {
    engine.clock().start();
  }

  /** Tells whether the simulator paces to the wall clock. */
  public boolean isRealTime() {
    return engine.clock().isRealTime();
  }

  /** Returns sim seconds per wall-clock second in real time, 0 in virtual time. */
  public double speed() {
    return engine.clock().speed();
  }

  /**
   * Stops a run in progress, from any thread (for example on Ctrl-C): the run method that is
   * running returns after the event in hand, and later runs return at once; states and statistics
   * stay readable. In real time this also closes the simulator.
   */
  public void stop() {
    engine.clock().stop();
  }

  /** Tells whether {@link #stop()} was called. */
  public boolean isStopped() {
    return engine.clock().isStopped();
  }

  /** Stops the real-time loop (if any) and drops pending events; closing twice does nothing. */
  @Override
  public void close() {
    engine.clock().close();
  }

  // ------------------------------------------------------------- run information

  /** Returns how many events the switch has raised, listened to or not. */
  public long eventCount() {
    return engine.eventCount();
  }

  /** Returns how many calls have arrived, blocked ones included. */
  public long callCount() {
    return engine.callCount();
  }

  /** Returns the seed every random stream derives from. */
  public long seed() {
    return engine.seed();
  }

  /**
   * Configures a simulator: groups, agents, traffic, seed, epoch, clock and listeners. Not
   * thread-safe; build on one thread.
   */
  public static final class Builder {
    private final List<GroupConfig> groups = new ArrayList<>();
    private final List<AgentConfig> agents = new ArrayList<>();
    private final List<Traffic> traffic = new ArrayList<>();
    private final List<TapiEventListener> listeners = new ArrayList<>();
    private long seed = 1;
    private Instant start = DEFAULT_START;
    private ClockMode clock = ClockMode.virtual();
    private Instant end;

    private Builder() {}

    /** Sets the seed every random stream derives from (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the instant of sim time zero (default 2000-01-01T00:00:00Z). */
    public Builder startTime(Instant start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /** Sets the clock (default virtual time). */
    public Builder clock(ClockMode clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Uses real time at {@code speed} sim seconds per wall-clock second. */
    public Builder realTime(double speed) {
      return clock(ClockMode.realTime(speed));
    }

    /**
     * Ends the simulation at {@code end}: nothing after it ever happens, and no run method moves
     * the clock past it. A replay to a horizon then ends on the same state in virtual and in real
     * time, however far behind the wall clock a real-time run falls. Default: no end.
     *
     * @throws IllegalArgumentException from {@link #build()} if it is before the start time
     */
    public Builder endAt(Instant end) {
      this.end = Objects.requireNonNull(end, "end");
      return this;
    }

    /** Adds a group. */
    public Builder group(GroupConfig group) {
      groups.add(Objects.requireNonNull(group, "group"));
      return this;
    }

    /** Adds a group with the defaults (see {@link GroupConfig#of}). */
    public Builder group(String id) {
      return group(GroupConfig.of(id));
    }

    /** Adds an agent. */
    public Builder agent(AgentConfig agent) {
      agents.add(Objects.requireNonNull(agent, "agent"));
      return this;
    }

    /** Adds a logged-out, auto-ready agent in {@code groups}. */
    public Builder agent(String id, String... groups) {
      return agent(AgentConfig.of(id, groups));
    }

    /** Adds a stream of generated calls. */
    public Builder traffic(Traffic stream) {
      traffic.add(Objects.requireNonNull(stream, "stream"));
      return this;
    }

    /**
     * Adds a listener registered before anything happens, so it also sees the events of the agents'
     * states at time zero.
     */
    public Builder listener(TapiEventListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the simulator at sim time zero: agents take their start states (their events go to the
     * listeners added here) and the traffic's first arrivals are scheduled.
     *
     * @throws IllegalArgumentException if an id is defined twice, a group is not defined or the end
     *     is before the start
     */
    public AcdSimulator build() {
      if (end != null && end.isBefore(start)) {
        throw new IllegalArgumentException("the end " + end + " is before the start " + start);
      }
      Switch engine = new Switch(start, seed, clock);
      if (end != null) {
        engine.clock().endAt(Duration.between(start, end).toNanos());
      }
      groups.forEach(engine::addGroup);
      agents.forEach(engine::addAgent);
      traffic.forEach(engine::addTraffic);
      listeners.forEach(engine::subscribe);
      engine.begin(agents);
      return new AcdSimulator(engine);
    }
  }
}
