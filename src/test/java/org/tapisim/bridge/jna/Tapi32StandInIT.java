package org.tapisim.bridge.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.jna.ptr.IntByReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The raw binding against the native stand-in, through the real JNA marshalling: every function,
 * structure and message the bridge relies on.
 */
class Tapi32StandInIT {
  private static final int STRUCTURETOOSMALL = 0x8000004D;
  private static final int OPERATIONFAILED = 0x80000048;
  private static final int INVALAPPHANDLE = 0x80000014;
  private static final int INVALLINEHANDLE = 0x8000002B;
  private static final int REINIT = 0x80000052;
  private static final int INVALAGENTGROUP = 0x80000058;
  private static final int INVALAGENTSESSIONSTATE = 0x8000005F;
  private static final int NOTREADY = 0x1;
  private static final int READY = 0x2;
  private static final int BUSYONCALL = 0x4;
  private static final int BUSYWRAPUP = 0x8;
  private static final int ENDED = 0x10;

  private Tapi32 tapi;
  private int app;
  private int line;
  private final List<Message> messages = new ArrayList<>();

  record Message(int device, int id, long p1, long p2, long p3) {}

  @BeforeEach
  void initializeNegotiateAndOpen() {
    StandIn.assumeStandIn();
    tapi = StandIn.tapi();
    StandIn.reset();
    IntByReference hApp = new IntByReference();
    IntByReference devices = new IntByReference();
    IntByReference version = new IntByReference(Tapi32.TAPI_VERSION_3_0);
    LINEINITIALIZEEXPARAMS params = new LINEINITIALIZEEXPARAMS();
    params.dwOptions = Tapi32.LINEINITIALIZEEXOPTION_USEEVENT;
    assertThat(
            tapi.lineInitializeEx(
                hApp, null, null, Utf16.toNative("raw test"), devices, version, params))
        .isZero();
    assertThat(devices.getValue()).isEqualTo(1);
    assertThat(params.hEvent).isNotNull();
    app = hApp.getValue();

    IntByReference negotiated = new IntByReference();
    assertThat(
            tapi.lineNegotiateAPIVersion(
                app,
                0,
                Tapi32.TAPI_VERSION_2_2,
                Tapi32.TAPI_VERSION_3_0,
                negotiated,
                new LINEEXTENSIONID()))
        .isZero();
    assertThat(negotiated.getValue()).isEqualTo(Tapi32.TAPI_VERSION_3_0);

    IntByReference hLine = new IntByReference();
    assertThat(
            tapi.lineOpen(
                app,
                0,
                hLine,
                negotiated.getValue(),
                0,
                new DWORD_PTR(0x55),
                Tapi32.LINECALLPRIVILEGE_NONE,
                Tapi32.LINEMEDIAMODE_INTERACTIVEVOICE,
                null))
        .isZero();
    line = hLine.getValue();
  }

  @AfterEach
  void shutdown() {
    if (tapi != null) {
      tapi.lineShutdown(app);
    }
  }

  /** Makes an asynchronous request and pumps messages until its LINE_REPLY; returns the result. */
  private int request(IntSupplier call) {
    int id = call.getAsInt();
    assertThat(id).as("request id").isPositive();
    LINEMESSAGE message = new LINEMESSAGE();
    for (int i = 0; i < 100; i++) {
      assertThat(tapi.lineGetMessage(app, message, 2000)).as("lineGetMessage").isZero();
      if (message.dwMessageID == Tapi32.LINE_REPLY && message.dwParam1.low32() == id) {
        return message.dwParam2.low32();
      }
      messages.add(
          new Message(
              message.hDevice,
              message.dwMessageID,
              message.dwParam1.longValue(),
              message.dwParam2.longValue(),
              message.dwParam3.longValue()));
    }
    throw new AssertionError("no LINE_REPLY for request " + id);
  }

  private List<Message> drain() {
    LINEMESSAGE message = new LINEMESSAGE();
    while (tapi.lineGetMessage(app, message, 0) == 0) {
      messages.add(
          new Message(
              message.hDevice,
              message.dwMessageID,
              message.dwParam1.longValue(),
              message.dwParam2.longValue(),
              message.dwParam3.longValue()));
    }
    return messages;
  }

  private int createAgent(String id) {
    IntByReference agent = new IntByReference();
    assertThat(
            request(
                () -> tapi.lineCreateAgent(line, Utf16.toNative(id), Utf16.toNative("1"), agent)))
        .isZero();
    return agent.getValue();
  }

  private GUID group(String name) {
    LINEAGENTGROUPLIST list = new LINEAGENTGROUPLIST(512);
    assertThat(request(() -> tapi.lineGetGroupList(line, list))).isZero();
    list.read();
    return list.entries().stream()
        .filter(e -> list.name(e).equals(name))
        .findFirst()
        .orElseThrow()
        .groupId();
  }

  private int createSession(int agent, String group) {
    IntByReference session = new IntByReference();
    GUID guid = group(group);
    assertThat(request(() -> tapi.lineCreateAgentSession(line, agent, null, 0, guid, session)))
        .isZero();
    return session.getValue();
  }

  private int setState(int session, int state, int next) {
    return request(() -> tapi.lineSetAgentSessionState(line, session, state, next));
  }

  private LINEAGENTSESSIONINFO info(int session) {
    LINEAGENTSESSIONINFO info = new LINEAGENTSESSIONINFO();
    assertThat(request(() -> tapi.lineGetAgentSessionInfo(line, session, info))).isZero();
    info.read();
    return info;
  }

  @Test
  void agent_handler_caps_carry_the_handler_name_once_the_buffer_is_big_enough() {
    LINEAGENTCAPS small = new LINEAGENTCAPS();
    assertThat(request(() -> tapi.lineGetAgentCaps(app, 0, 0, Tapi32.TAPI_VERSION_3_0, small)))
        .isZero();
    small.read();
    assertThat(small.isTruncated()).isTrue();
    assertThat(small.dwAgentHandlerInfoSize).isZero();

    LINEAGENTCAPS caps = new LINEAGENTCAPS(small.dwNeededSize);
    assertThat(request(() -> tapi.lineGetAgentCaps(app, 0, 0, Tapi32.TAPI_VERSION_3_0, caps)))
        .isZero();
    caps.read();
    assertThat(caps.isTruncated()).isFalse();
    assertThat(caps.agentHandlerInfo()).isEqualTo("tapisim native stand-in");
    assertThat(caps.dwCapsVersion).isEqualTo(Tapi32.TAPI_VERSION_3_0);
    assertThat(caps.dwMaxNumGroupEntries).isEqualTo(2);
  }

  @Test
  void groups_queues_and_queue_info_decode() {
    LINEAGENTGROUPLIST small = new LINEAGENTGROUPLIST();
    assertThat(request(() -> tapi.lineGetGroupList(line, small))).isZero();
    small.read();
    assertThat(small.isTruncated()).isTrue();
    assertThat(small.dwNumEntries).isZero();

    LINEAGENTGROUPLIST groups = new LINEAGENTGROUPLIST(small.dwNeededSize);
    assertThat(request(() -> tapi.lineGetGroupList(line, groups))).isZero();
    groups.read();
    assertThat(groups.entries()).extracting(groups::name).containsExactly("sales", "support");

    LINEQUEUELIST queues = new LINEQUEUELIST(256);
    GUID support = groups.entries().get(1).groupId();
    assertThat(request(() -> tapi.lineGetQueueList(line, support, queues))).isZero();
    queues.read();
    assertThat(queues.entries())
        .singleElement()
        .satisfies(q -> assertThat(q.dwQueueID).isEqualTo(2));
    assertThat(queues.name(queues.entries().get(0))).isEqualTo("support");

    LINEQUEUEINFO info = new LINEQUEUEINFO();
    assertThat(request(() -> tapi.lineGetQueueInfo(line, 2, info))).isZero();
    info.read();
    assertThat(info.dwUsedSize).isEqualTo(52);
    assertThat(info.dwMeasurementPeriod).isZero();
  }

  @Test
  void a_structure_smaller_than_its_fixed_part_is_refused_at_once() {
    LINEAGENTSESSIONINFO info = new LINEAGENTSESSIONINFO();
    info.dwTotalSize = 75;
    assertThat(tapi.lineGetAgentSessionInfo(line, 1, info)).isEqualTo(STRUCTURETOOSMALL);
  }

  @Test
  void sessions_follow_the_table_and_report_every_change() {
    int alice = createAgent("alice");
    assertThat(createAgent("alice")).as("the same agent again").isEqualTo(alice);
    int session = createSession(alice, "sales");

    assertThat(info(session).dwAgentSessionState).isEqualTo(NOTREADY);
    assertThat(setState(session, NOTREADY, 0)).isEqualTo(INVALAGENTSESSIONSTATE);
    assertThat(setState(session, BUSYONCALL, 0)).isEqualTo(INVALAGENTSESSIONSTATE);
    assertThat(setState(session, READY, BUSYWRAPUP)).isEqualTo(INVALAGENTSESSIONSTATE);
    assertThat(setState(session, READY, 0)).isZero();
    assertThat(setState(session, BUSYWRAPUP, 0)).isEqualTo(INVALAGENTSESSIONSTATE);

    List<Message> status = drain();
    assertThat(status)
        .filteredOn(m -> m.id() == Tapi32.LINE_AGENTSESSIONSTATUS)
        .containsExactly(
            new Message(line, Tapi32.LINE_AGENTSESSIONSTATUS, session, 0x3, NOTREADY),
            new Message(line, Tapi32.LINE_AGENTSESSIONSTATUS, session, 0x2, READY));
    assertThat(status)
        .filteredOn(m -> m.id() == Tapi32.LINE_AGENTSTATUSEX)
        .containsExactly(new Message(line, Tapi32.LINE_AGENTSTATUSEX, alice, 0x2, 0x2));

    IntByReference twice = new IntByReference();
    GUID sales = group("sales");
    assertThat(request(() -> tapi.lineCreateAgentSession(line, alice, null, 0, sales, twice)))
        .isEqualTo(INVALAGENTGROUP);
  }

  @Test
  void session_info_decodes_every_statistic() {
    int alice = createAgent("alice");
    int session = createSession(alice, "sales");
    assertThat(setState(session, READY, 0)).isZero();
    StandIn.hooks().tapisimStandInAdvanceClock(20);
    assertThat(StandIn.deliverCall("alice", "sales", 12)).isZero();
    StandIn.hooks().tapisimStandInAdvanceClock(90);
    assertThat(StandIn.endCall("alice", "sales", true)).isZero();
    StandIn.hooks().tapisimStandInAdvanceClock(30);
    assertThat(setState(session, READY, NOTREADY)).isZero();
    StandIn.hooks().tapisimStandInAdvanceClock(40);

    LINEAGENTSESSIONINFO info = info(session);
    assertThat(info.dwAgentSessionState).isEqualTo(READY);
    assertThat(info.dwNextAgentSessionState).isEqualTo(NOTREADY);
    assertThat(info.dateSessionStartTime).isEqualTo(45663.375); // 2025-01-06T09:00:00Z
    assertThat(info.dwSessionDuration).isEqualTo(180);
    assertThat(info.dwNumberOfCalls).isEqualTo(1);
    assertThat(info.dwTotalTalkTime).isEqualTo(90);
    assertThat(info.dwAverageTalkTime).isEqualTo(90);
    assertThat(info.dwTotalCallTime).isEqualTo(120);
    assertThat(info.dwAverageCallTime).isEqualTo(120);
    assertThat(info.dwTotalWrapUpTime).isEqualTo(30);
    assertThat(info.dwAverageWrapUpTime).isEqualTo(30);
    assertThat(info.cyACDCallRate).isEqualTo(20 * 10_000L); // 1 call in 3 minutes
    assertThat(info.dwLongestTimeToAnswer).isEqualTo(12);
    assertThat(info.dwAverageTimeToAnswer).isEqualTo(12);

    LINEAGENTINFO agent = new LINEAGENTINFO();
    assertThat(request(() -> tapi.lineGetAgentInfo(line, alice, agent))).isZero();
    agent.read();
    assertThat(agent.dwAgentState).isEqualTo(0x2);
    assertThat(agent.dwNumberOfACDCalls).isEqualTo(1);
    assertThat(agent.dwTotalACDTalkTime).isEqualTo(90);
    assertThat(agent.dwTotalACDCallTime).isEqualTo(120);
    assertThat(agent.dwTotalACDWrapUpTime).isEqualTo(30);
    assertThat(agent.cyOverallCallRate).isEqualTo(20 * 10_000L);

    LINEQUEUEINFO queue = new LINEQUEUEINFO();
    assertThat(request(() -> tapi.lineGetQueueInfo(line, 1, queue))).isZero();
    queue.read();
    assertThat(queue.dwTotalCallsQueued).isEqualTo(1);
    assertThat(queue.dwLongestEverWaitTime).isEqualTo(12);
    assertThat(queue.dwAverageWaitTime).isEqualTo(12);
  }

  @Test
  void session_list_names_every_session_of_the_agent() {
    int alice = createAgent("alice");
    int sales = createSession(alice, "sales");
    int support = createSession(alice, "support");
    assertThat(setState(support, ENDED, 0)).isZero();

    LINEAGENTSESSIONLIST list = new LINEAGENTSESSIONLIST(24 + 2 * 28);
    assertThat(request(() -> tapi.lineGetAgentSessionList(line, alice, list))).isZero();
    list.read();
    assertThat(list.entries())
        .extracting(e -> e.hAgentSession, e -> e.hAgent)
        .containsExactly(tuple(sales, alice), tuple(support, alice));
    assertThat(list.entries().get(1).GroupID.bytes()).containsExactly(group("support").bytes());
  }

  @Test
  void a_forced_close_sends_line_close_and_kills_the_handle() {
    assertThat(StandIn.hooks().tapisimStandInForceLineClose()).isZero();
    LINEMESSAGE message = new LINEMESSAGE();
    assertThat(tapi.lineGetMessage(app, message, 2000)).isZero();
    assertThat(message.dwMessageID).isEqualTo(Tapi32.LINE_CLOSE);
    assertThat(message.hDevice).isEqualTo(line);
    assertThat(message.dwCallbackInstance.longValue()).isEqualTo(0x55);
    assertThat(tapi.lineSetAgentSessionState(line, 1, READY, 0)).isEqualTo(INVALLINEHANDLE);
  }

  @Test
  void a_reinit_sends_linedevstate_and_fails_later_calls() {
    assertThat(StandIn.hooks().tapisimStandInForceReinit()).isZero();
    LINEMESSAGE message = new LINEMESSAGE();
    assertThat(tapi.lineGetMessage(app, message, 2000)).isZero();
    assertThat(message.dwMessageID).isEqualTo(Tapi32.LINE_LINEDEVSTATE);
    assertThat(message.dwParam1.low32()).isEqualTo(Tapi32.LINEDEVSTATE_REINIT);
    assertThat(tapi.lineGetGroupList(line, new LINEAGENTGROUPLIST())).isEqualTo(REINIT);
  }

  @Test
  void a_failed_or_dropped_request_is_answered_as_the_hook_said() {
    StandIn.hooks().tapisimStandInFailNextRequest(OPERATIONFAILED);
    assertThat(request(() -> tapi.lineGetGroupList(line, new LINEAGENTGROUPLIST(256))))
        .isEqualTo(OPERATIONFAILED);

    StandIn.hooks().tapisimStandInDropNextReply();
    assertThat(tapi.lineGetGroupList(line, new LINEAGENTGROUPLIST(256))).isPositive();
    assertThat(tapi.lineGetMessage(app, new LINEMESSAGE(), 50)).isEqualTo(OPERATIONFAILED);
  }

  @Test
  void shutdown_wakes_a_thread_blocked_in_get_message() throws Exception {
    int[] result = new int[1];
    Thread pump =
        new Thread(() -> result[0] = tapi.lineGetMessage(app, new LINEMESSAGE(), Tapi32.INFINITE));
    pump.start();
    // still there after a while: blocked in lineGetMessage, which has no timeout
    Awaitility.await().pollDelay(Duration.ofMillis(300)).until(pump::isAlive);
    assertThat(tapi.lineShutdown(app)).isZero();
    pump.join(5000);
    assertThat(pump.isAlive()).isFalse();
    assertThat(result[0]).isEqualTo(INVALAPPHANDLE);
    tapi = null;
  }
}
