package org.tapisim.acd.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Call;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.RandomStreams;
import org.tapisim.acd.Traffic;
import org.tapisim.clock.ClockMode;
import org.tapisim.clock.SimClock;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentHandler;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.GroupId;
import org.tapisim.model.LineError;
import org.tapisim.model.Queue;
import org.tapisim.model.SessionId;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEventListener;
import org.tapisim.model.TapiException;

/**
 * The simulated ACD switch's engine: the registry of groups, agents and sessions, the clock, the
 * dispatch of due events to the flows, and the hand-off of API calls to the owning thread.
 *
 * <p>This is the implementation behind {@link org.tapisim.acd.AcdSimulator}; use that instead. All
 * state is touched by one thread at a time: the caller in virtual time, the loop thread in real
 * time. The public methods here are safe from any thread; the package-private ones belong to the
 * owning thread.
 */
public final class Switch implements SimClock.Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Switch.class);

  // event priorities: among events at the same sim time, lower runs first
  static final int CALL_END = 10;
  static final int WRAPUP_END = 20;
  static final int ACTION = 30;
  static final int ARRIVAL = 40;
  static final int ABANDON = 50;
  static final int OBSERVE = 60;

  /** The longest measurement period: TAPI's DWORD of seconds. */
  static final Duration MAX_MEASUREMENT_PERIOD = Duration.ofSeconds(0xFFFF_FFFFL);

  /** The longest talk time or patience a call may have. */
  static final Duration MAX_CALL_DURATION = Distribution.LONGEST;

  final Instant epoch;
  final SimClock clock;
  final RandomStreams random;
  final Emitter emitter;
  final SessionFlow sessions = new SessionFlow(this);
  final CallFlow calls = new CallFlow(this);

  private final Map<GroupId, SimGroup> groups = new LinkedHashMap<>();
  private final Map<AgentId, SimAgent> agents = new LinkedHashMap<>();
  private final Map<SessionId, SimSession> currentSessions = new LinkedHashMap<>();
  private final List<TrafficSource> traffic = new ArrayList<>();
  private final SimAgentHandler handler = new SimAgentHandler(this);
  private long callSerial;

  /**
   * Creates an empty switch.
   *
   * @param epoch the instant of sim time zero
   * @param seed the seed of every random stream
   * @param mode virtual or real time
   */
  public Switch(Instant epoch, long seed, ClockMode mode) {
    this.epoch = Objects.requireNonNull(epoch, "epoch");
    this.random = new RandomStreams(seed);
    this.emitter = new Emitter(epoch);
    this.clock =
        SimClock.create(
            mode,
            this,
            lag ->
                LOG.warn(
                    "the real-time replay is running {} ms behind the wall clock",
                    lag / 1_000_000));
  }

  // ---------------------------------------------------------------- building

  /** Adds a group and its queue. */
  public void addGroup(GroupConfig config) {
    if (groups.containsKey(config.id())) {
      throw new IllegalArgumentException("group " + config.id() + " is defined twice");
    }
    String name = config.id().value();
    groups.put(
        config.id(),
        new SimGroup(
            this, config, random.stream("routing/" + name), random.stream("wrapup/" + name)));
  }

  /** Adds an agent, logged out. */
  public Agent addAgent(AgentConfig config) {
    if (agents.containsKey(config.id())) {
      throw new IllegalArgumentException("agent " + config.id() + " is defined twice");
    }
    List<SimGroup> memberOf = new ArrayList<>(config.groups().size());
    for (GroupId id : config.groups()) {
      SimGroup group = groups.get(id);
      if (group == null) {
        throw new IllegalArgumentException(
            "agent " + config.id() + " names group " + id + ", which is not defined");
      }
      memberOf.add(group);
    }
    SimAgent agent = new SimAgent(this, config.id(), agents.size(), memberOf, config.autoReady());
    agents.put(config.id(), agent);
    return agent;
  }

  /** Adds a traffic stream; it starts when {@link #begin} runs. */
  public void addTraffic(Traffic config) {
    SimGroup group = groups.get(config.group());
    if (group == null) {
      throw new IllegalArgumentException(
          "traffic names group " + config.group() + ", which is not defined");
    }
    int sameGroup = (int) traffic.stream().filter(t -> t.group == group).count();
    traffic.add(new TrafficSource(this, group, config, sameGroup, random));
  }

  /** Applies the agents' states at time zero and schedules the traffic. */
  public void begin(List<AgentConfig> configs) {
    exec(
        () -> {
          for (AgentConfig config : configs) {
            SimAgent agent = agents.get(config.id());
            if (config.start() != AgentConfig.Start.LOGGED_OUT) {
              sessions.login(agent);
            }
            if (config.start() == AgentConfig.Start.READY) {
              sessions.ready(agent);
            }
          }
          traffic.forEach(TrafficSource::start);
          return null;
        });
  }

  // ---------------------------------------------------------------- owning thread

  long now() {
    return clock.now();
  }

  Instant instant(long nanos) {
    return epoch.plusNanos(nanos);
  }

  long nextCallSerial() {
    return ++callSerial;
  }

  void register(SimSession session) {
    currentSessions.put(session.id, session);
  }

  SimGroup ownGroup(AcdGroup group) {
    if (group instanceof SimGroup simGroup && groups.get(simGroup.id()) == simGroup) {
      return simGroup;
    }
    SimGroup known = group == null ? null : groups.get(group.id());
    if (known == null) {
      throw new TapiException(LineError.INVALAGENTGROUP, "no such group in this switch: " + group);
    }
    return known;
  }

  SimAgent newAgent(AgentId id) {
    SimAgent known = agents.get(id);
    return known != null
        ? known
        : (SimAgent) addAgent(new AgentConfig(id, List.of(), true, AgentConfig.Start.LOGGED_OUT));
  }

  /** A call end, wrap-up end or abandonment is stale once the call or session has moved on. */
  @Override
  public boolean isStale(int priority, Object payload, long tag) {
    return switch (priority) {
      case CALL_END -> ((SimCall) payload).state != org.tapisim.acd.CallState.TALKING;
      case WRAPUP_END -> {
        SimSession session = (SimSession) payload;
        yield session.state != org.tapisim.model.AgentSessionState.BUSY_WRAPUP
            || tag != session.wrapupSerial;
      }
      case ABANDON -> ((SimCall) payload).state != org.tapisim.acd.CallState.WAITING;
      default -> false;
    };
  }

  @Override
  public void dispatch(int priority, Object payload, long tag) {
    try {
      switch (priority) {
        case CALL_END -> calls.talkEnded((SimCall) payload);
        case WRAPUP_END -> sessions.wrapupEnded((SimSession) payload);
        case ARRIVAL -> ((TrafficSource) payload).arrive();
        case ABANDON -> calls.patienceRanOut((SimCall) payload);
        case ACTION, OBSERVE -> ((Runnable) payload).run();
        default -> throw new IllegalStateException("unknown event priority " + priority);
      }
    } finally {
      emitter.drain();
    }
  }

  // ---------------------------------------------------------------- any thread

  /** Runs a change on the owning thread, then delivers the events it raised. */
  public <T> T exec(Callable<T> change) {
    return clock.call(thenDrain(change));
  }

  /** Hands a change to the owning thread; the future completes when it was applied. */
  public <T> CompletableFuture<T> execAsync(Callable<T> change) {
    return clock.submit(thenDrain(change));
  }

  /** The change, then the delivery of the events it raised, even when it throws. */
  private <T> Callable<T> thenDrain(Callable<T> change) {
    return () -> {
      try {
        return change.call();
      } finally {
        emitter.drain();
      }
    };
  }

  /** Reads state on the owning thread. */
  public <T> T read(Callable<T> query) {
    return clock.call(query);
  }

  /** Returns the instant of sim time zero. */
  public Instant instant0() {
    return epoch;
  }

  /** Returns the sim time now. */
  public Instant currentTime() {
    return read(() -> instant(clock.now()));
  }

  /** Returns the agent handlers: this switch has one. */
  public List<AgentHandler> agentHandlers() {
    return List.of(handler);
  }

  /** Registers a listener for every event from now on. */
  public Subscription subscribe(TapiEventListener listener) {
    Objects.requireNonNull(listener, "listener");
    Subscription registration = exec(() -> emitter.subscribe(listener));
    return () ->
        exec(
            () -> {
              registration.close();
              return null;
            });
  }

  /** Returns the session {@code agent/group} (the current one, after a re-login). */
  public AgentSession session(SessionId id) {
    return read(
        () -> {
          SimSession session = currentSessions.get(id);
          if (session == null) {
            throw new IllegalArgumentException(
                "no session " + id + "; sessions so far: " + currentSessions.keySet());
          }
          return session;
        });
  }

  /** Returns the session {@code agent/group} if the agent ever had one there. */
  public Optional<AgentSession> findSession(SessionId id) {
    return read(() -> Optional.ofNullable(currentSessions.get(id)));
  }

  /** Returns an agent. */
  public Agent agent(AgentId id) {
    return read(() -> requireAgent(id));
  }

  /** Returns a group. */
  public AcdGroup group(GroupId id) {
    return read(() -> requireGroup(id));
  }

  /** Returns a group's queue. */
  public Queue queue(GroupId id) {
    return read(() -> requireGroup(id).queue);
  }

  /** Returns every agent in agent order. */
  public List<Agent> agents() {
    return read(() -> List.copyOf(agents.values()));
  }

  /** Returns every group in definition order. */
  public List<AcdGroup> groups() {
    return read(() -> List.copyOf(groups.values()));
  }

  /** Returns the current session of each {@code agent/group}, live or ended, in creation order. */
  public List<AgentSession> sessions() {
    return read(() -> List.copyOf(currentSessions.values()));
  }

  /** Logs an agent in to each of its groups. */
  public void login(AgentId id) {
    exec(
        () -> {
          sessions.login(requireAgent(id));
          return null;
        });
  }

  /** Ends every live session of an agent. */
  public void logout(AgentId id) {
    exec(
        () -> {
          sessions.logout(requireAgent(id));
          return null;
        });
  }

  /** The agent asks for READY. */
  public void ready(AgentId id) {
    exec(
        () -> {
          sessions.ready(requireAgent(id));
          return null;
        });
  }

  /** The agent asks for NOT_READY. */
  public void notReady(AgentId id) {
    exec(
        () -> {
          sessions.notReady(requireAgent(id));
          return null;
        });
  }

  static boolean isMeasurementPeriod(Duration length) {
    return length != null
        && !length.isNegative()
        && !length.isZero()
        && length.compareTo(MAX_MEASUREMENT_PERIOD) <= 0;
  }

  private static void checkCallDuration(Duration duration, String what) {
    if (duration.isNegative() || duration.compareTo(MAX_CALL_DURATION) > 0) {
      throw new IllegalArgumentException(
          what + " must be from 0 to " + MAX_CALL_DURATION.toDays() + " days, not " + duration);
    }
  }

  /** A call arrives now. */
  public Call offerCall(GroupId group, Duration talk, Duration patience, String label) {
    Objects.requireNonNull(talk, "talk");
    checkCallDuration(talk, "talk time");
    if (patience != null) {
      checkCallDuration(patience, "patience");
    }
    return exec(
        () ->
            calls.arrive(
                requireGroup(group),
                talk.toNanos(),
                patience == null ? CallFlow.NO_PATIENCE : patience.toNanos(),
                label));
  }

  /** A directed call for one session arrives now and is delivered to it at once. */
  public Call offerCallTo(SessionId session, Duration talk, String label) {
    Objects.requireNonNull(talk, "talk");
    checkCallDuration(talk, "talk time");
    return exec(
        () -> {
          SimSession target = currentSessions.get(session);
          if (target == null) {
            throw new IllegalArgumentException("no session " + session);
          }
          return calls.arriveFor(target, talk.toNanos(), label);
        });
  }

  /** Hangs up a call: a waiting caller abandons, a talking one ends the call. */
  public void hangup(Call call) {
    if (!(call instanceof SimCall simCall) || simCall.owner != this) {
      throw new IllegalArgumentException("not a call of this simulator: " + call);
    }
    exec(
        () -> {
          calls.hangup(simCall);
          return null;
        });
  }

  /** Runs {@code action} at sim time {@code at}, after switch events at that time. */
  public void schedule(Instant at, Runnable action) {
    scheduleAt(at, ACTION, action);
  }

  /** Runs {@code observer} at {@code at}, after everything else at that time. */
  public void observe(Instant at, Runnable observer) {
    scheduleAt(at, OBSERVE, observer);
  }

  private void scheduleAt(Instant at, int priority, Runnable action) {
    Objects.requireNonNull(action, "action");
    exec(
        () -> {
          long time = Duration.between(epoch, at).toNanos();
          if (time < clock.now()) {
            throw new IllegalArgumentException(
                "cannot schedule at " + at + ", before the sim time now, " + instant(clock.now()));
          }
          clock.schedule(time, priority, action, 0L);
          return null;
        });
  }

  /** Runs or waits for events up to {@code until}. */
  public void runUntil(Instant until) {
    clock.runUntil(Duration.between(epoch, until).toNanos());
  }

  /** Runs or waits for events for {@code duration} of sim time from now. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot advance by a negative duration: " + duration);
    }
    long target = read(() -> clock.now()) + duration.toNanos();
    clock.runUntil(target);
  }

  /** Runs or waits for every pending event. */
  public void runUntilIdle() {
    clock.runUntilIdle();
  }

  /** Runs or waits for events until {@code condition} holds or {@code limit} of sim time passed. */
  public boolean advanceUntil(BooleanSupplier condition, Duration limit) {
    long target = read(() -> clock.now()) + limit.toNanos();
    return clock.advanceUntil(condition, target);
  }

  /** Tells whether no event is pending. */
  public boolean isIdle() {
    return read(clock::isIdle);
  }

  /** Returns the clock. */
  public SimClock clock() {
    return clock;
  }

  /** Returns how many events were raised so far. */
  public long eventCount() {
    return read(emitter::count);
  }

  /** Returns how many calls arrived so far, blocked ones included. */
  public long callCount() {
    return read(() -> callSerial);
  }

  /** Returns the seed of the random streams. */
  public long seed() {
    return random.seed();
  }

  private SimAgent requireAgent(AgentId id) {
    SimAgent agent = agents.get(id);
    if (agent == null) {
      throw new IllegalArgumentException("no agent " + id + "; agents: " + agents.keySet());
    }
    return agent;
  }

  private SimGroup requireGroup(GroupId id) {
    SimGroup group = groups.get(id);
    if (group == null) {
      throw new IllegalArgumentException("no group " + id + "; groups: " + groups.keySet());
    }
    return group;
  }
}
