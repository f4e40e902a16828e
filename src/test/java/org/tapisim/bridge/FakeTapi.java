package org.tapisim.bridge;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;
import org.tapisim.bridge.jna.LINEAGENTCAPS;
import org.tapisim.bridge.jna.LINEAGENTGROUPLIST;
import org.tapisim.bridge.jna.LINEAGENTINFO;
import org.tapisim.bridge.jna.LINEAGENTSESSIONINFO;
import org.tapisim.bridge.jna.LINEMESSAGE;
import org.tapisim.bridge.jna.Tapi32;
import org.tapisim.model.LineError;

/**
 * A Mockito mock of {@link Tapi32} with a message queue behind {@code lineGetMessage}, so the real
 * message pump runs against it. Requests answer through {@link #reply(int)}; tests change what a
 * function does with {@link #on}.
 */
final class FakeTapi {
  static final int APP = 0x77;
  static final int LINE = 0x99;
  static final int AGENT = 0x3001;
  static final int SESSION = 0x5001;

  private static final long[] SHUTDOWN = new long[0];

  private final Map<String, Deque<Answer<?>>> behaviour = new ConcurrentHashMap<>();
  final Tapi32 tapi = mock(Tapi32.class, withSettings().defaultAnswer(this::answer));
  private final BlockingQueue<long[]> messages = new LinkedBlockingQueue<>();
  private final AtomicInteger nextRequest = new AtomicInteger(100);

  FakeTapi() {
    on(
        "lineInitializeEx",
        call -> {
          call.<IntByReference>getArgument(0).setValue(APP);
          call.<IntByReference>getArgument(4).setValue(1);
          return 0;
        });
    on(
        "lineNegotiateAPIVersion",
        call -> {
          call.<IntByReference>getArgument(4).setValue(Tapi32.TAPI_VERSION_3_0);
          return 0;
        });
    on(
        "lineOpen",
        call -> {
          call.<IntByReference>getArgument(2).setValue(LINE);
          return 0;
        });
    on("lineGetMessage", call -> next(call.getArgument(1), call.getArgument(2)));
    on(
        "lineShutdown",
        call -> {
          messages.add(SHUTDOWN);
          return 0;
        });
    on(
        "lineGetAgentCaps",
        call -> {
          LINEAGENTCAPS caps = call.getArgument(4);
          int end = putString(caps.data(), 72, "fake handler");
          header(caps.data(), caps.dwTotalSize, end, end);
          caps.data().setInt(12, end - 72);
          caps.data().setInt(16, 72);
          return reply(0);
        });
  }

  /**
   * Makes {@code method} answer with {@code answers} in turn, the last one for ever after. No
   * Mockito stubbing happens once the mock exists, so tests may change behaviour while the message
   * pump calls the mock on its own thread.
   */
  void on(String method, Answer<?>... answers) {
    behaviour.put(method, new ArrayDeque<>(List.of(answers)));
  }

  private Object answer(InvocationOnMock call) throws Throwable {
    Deque<Answer<?>> answers = behaviour.get(call.getMethod().getName());
    if (answers == null) {
      return 0;
    }
    Answer<?> answer;
    synchronized (answers) {
      answer = answers.size() > 1 ? answers.poll() : answers.peek();
    }
    return answer.answer(call);
  }

  private int next(LINEMESSAGE message, int timeoutMillis) throws InterruptedException {
    long[] m = messages.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    if (m == null) {
      return LineError.OPERATIONFAILED.code();
    }
    if (m == SHUTDOWN) {
      return LineError.INVALAPPHANDLE.code();
    }
    message.hDevice = (int) m[0];
    message.dwMessageID = (int) m[1];
    message.dwParam1.setValue(m[2]);
    message.dwParam2.setValue(m[3]);
    message.dwParam3.setValue(m[4]);
    return 0;
  }

  /** Returns a new request id whose LINE_REPLY carries {@code result}, queued at once. */
  int reply(int result) {
    int id = nextRequest.incrementAndGet();
    messages.add(new long[] {0, Tapi32.LINE_REPLY, id, result, 0});
    return id;
  }

  /** Returns a new request id that is never answered. */
  int noReply() {
    return nextRequest.incrementAndGet();
  }

  /** Queues a message as TAPI would send it on the line. */
  void post(int message, long param1, long param2, long param3) {
    messages.add(new long[] {LINE, message, param1, param2, param3});
  }

  /** Makes lineGetMessage fail with {@code code}, as if TAPI went away. */
  void breakMessages() {
    messages.add(SHUTDOWN);
  }

  /** Answers lineGetGroupList with these groups (sales, support, ...: GUIDs 1, 2, ...). */
  void givenGroups(String... names) {
    on("lineGetGroupList", call -> groupList(call.getArgument(1), names));
  }

  int groupList(LINEAGENTGROUPLIST list, String... names) {
    Pointer data = list.data();
    int needed = 24 + 24 * names.length;
    for (String name : names) {
      needed += 2 * (name.length() + 1);
    }
    if (needed > list.dwTotalSize) {
      header(data, list.dwTotalSize, needed, 24);
      return reply(0);
    }
    header(data, list.dwTotalSize, needed, needed);
    data.setInt(12, names.length);
    data.setInt(16, 24 * names.length);
    data.setInt(20, 24);
    int text = 24 + 24 * names.length;
    for (int i = 0; i < names.length; i++) {
      int entry = 24 + 24 * i;
      data.write(entry, guid(i + 1), 0, 16);
      int end = putString(data, text, names[i]);
      data.setInt(entry + 16, end - text);
      data.setInt(entry + 20, text);
      text = end;
    }
    return reply(0);
  }

  /** Answers lineCreateAgent with {@link #AGENT} and its info with NOT_READY. */
  void givenAgent() {
    on(
        "lineCreateAgent",
        call -> {
          call.<IntByReference>getArgument(3).setValue(AGENT);
          return reply(0);
        });
    on(
        "lineGetAgentInfo",
        call -> {
          LINEAGENTINFO info = call.getArgument(2);
          header(info.getPointer(), 56, 56, 56);
          info.getPointer().setInt(12, 0x1);
          return reply(0);
        });
  }

  /** Answers lineCreateAgentSession with {@link #SESSION} and its info with {@code stateBit}. */
  void givenSession(int stateBit) {
    on(
        "lineCreateAgentSession",
        call -> {
          call.<IntByReference>getArgument(5).setValue(SESSION);
          return reply(0);
        });
    on(
        "lineGetAgentSessionInfo",
        call -> {
          LINEAGENTSESSIONINFO info = call.getArgument(2);
          header(info.getPointer(), 76, 76, 76);
          info.getPointer().setInt(12, stateBit);
          return reply(0);
        });
  }

  static void header(Pointer data, int total, int needed, int used) {
    data.setInt(0, total);
    data.setInt(4, needed);
    data.setInt(8, used);
  }

  static int putString(Pointer data, int offset, String text) {
    byte[] bytes = (text + "\0").getBytes(StandardCharsets.UTF_16LE);
    data.write(offset, bytes, 0, bytes.length);
    return offset + bytes.length;
  }

  static byte[] guid(int last) {
    byte[] guid = new byte[16];
    guid[0] = 0x42;
    guid[15] = (byte) last;
    return guid;
  }
}
