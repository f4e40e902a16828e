/*
 * A C self-test of the stand-in, for memory checkers: `make check SANITIZE=1`
 * (AddressSanitizer and UBSan) or `make check VALGRIND=1`. It drives every
 * exported function the way a client does, a blocked lineGetMessage woken by
 * lineShutdown included. The Java tests are the real tests; this one exists
 * so that the C can run under the checkers without a JVM.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "standin.h"

tapi_long lineInitializeExW(tapi_dword *, void *, void *, const tapi_wchar *, tapi_dword *,
                            tapi_dword *, LINEINITIALIZEEXPARAMS *);
tapi_long lineNegotiateAPIVersion(tapi_dword, tapi_dword, tapi_dword, tapi_dword, tapi_dword *,
                                  LINEEXTENSIONID *);
tapi_long lineOpenW(tapi_dword, tapi_dword, tapi_dword *, tapi_dword, tapi_dword, tapi_dword_ptr,
                    tapi_dword, tapi_dword, const void *);
tapi_long lineShutdown(tapi_dword);
tapi_long lineClose(tapi_dword);
tapi_long lineGetMessage(tapi_dword, LINEMESSAGE *, tapi_dword);
tapi_long lineGetAgentCapsW(tapi_dword, tapi_dword, tapi_dword, tapi_dword, LINEAGENTCAPS *);
tapi_long lineCreateAgentW(tapi_dword, const tapi_wchar *, const tapi_wchar *, tapi_dword *);
tapi_long lineCreateAgentSessionW(tapi_dword, tapi_dword, const tapi_wchar *, tapi_dword,
                                  const TAPI_GUID *, tapi_dword *);
tapi_long lineGetAgentSessionList(tapi_dword, tapi_dword, void *);
tapi_long lineGetAgentSessionInfo(tapi_dword, tapi_dword, LINEAGENTSESSIONINFO *);
tapi_long lineSetAgentSessionState(tapi_dword, tapi_dword, tapi_dword, tapi_dword);
tapi_long lineGetAgentInfo(tapi_dword, tapi_dword, LINEAGENTINFO *);
tapi_long lineSetAgentStateEx(tapi_dword, tapi_dword, tapi_dword, tapi_dword);
tapi_long lineSetAgentMeasurementPeriod(tapi_dword, tapi_dword, tapi_dword);
tapi_long lineGetGroupListW(tapi_dword, void *);
tapi_long lineGetQueueListW(tapi_dword, const TAPI_GUID *, void *);
tapi_long lineGetQueueInfo(tapi_dword, tapi_dword, LINEQUEUEINFO *);
tapi_long lineSetQueueMeasurementPeriod(tapi_dword, tapi_dword, tapi_dword);
tapi_long tapisimStandInReset(void);
tapi_long tapisimStandInAdvanceClock(tapi_dword);
tapi_long tapisimStandInDeliverCall(const tapi_wchar *, const tapi_wchar *, tapi_dword);
tapi_long tapisimStandInEndCall(const tapi_wchar *, const tapi_wchar *, tapi_dword);
tapi_long tapisimStandInForceLineClose(void);
tapi_long tapisimStandInForceReinit(void);
tapi_long tapisimStandInFailNextRequest(tapi_long);
tapi_long tapisimStandInDropNextReply(void);

static int failures;
static tapi_dword app;
static tapi_dword line;

#define CHECK(cond)                                                  \
  do {                                                               \
    if (!(cond)) {                                                   \
      fprintf(stderr, "selftest: %s:%d: %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                    \
    }                                                                \
  } while (0)

static const tapi_wchar ALICE[] = {'a', 'l', 'i', 'c', 'e', 0};
static const tapi_wchar DAVE[] = {'d', 'a', 'v', 'e', 0};
static const tapi_wchar SALES[] = {'s', 'a', 'l', 'e', 's', 0};

/* Waits for the LINE_REPLY of a request and returns its result. */
static tapi_long reply(tapi_long id) {
  CHECK(id > 0);
  LINEMESSAGE m;
  for (int i = 0; i < 64; i++) {
    if (lineGetMessage(app, &m, 1000) != 0) {
      break;
    }
    if (m.dwMessageID == MSG_LINE_REPLY && m.dwParam1 == (tapi_dword_ptr)id) {
      return (tapi_long)(tapi_dword)m.dwParam2;
    }
  }
  CHECK(!"no reply");
  return 1;
}

static void open_line(void) {
  LINEINITIALIZEEXPARAMS params = {sizeof params, 0, 0, INIT_OPTION_USEEVENT, NULL, 0};
  tapi_dword devices = 0, version = VERSION_3_0, negotiated = 0;
  LINEEXTENSIONID ext;
  const tapi_wchar name[] = {'t', 0};
  CHECK(lineInitializeExW(&app, NULL, NULL, name, &devices, &version, &params) == 0);
  CHECK(lineNegotiateAPIVersion(app, 0, VERSION_2_2, VERSION_3_0, &negotiated, &ext) == 0);
  CHECK(lineOpenW(app, 0, &line, negotiated, 0, 7, 0x1, 0x4, NULL) == 0);
}

static void *blocked_reader(void *unused) {
  (void)unused;
  LINEMESSAGE m;
  tapi_long *result = malloc(sizeof *result);
  *result = lineGetMessage(app, &m, 0xFFFFFFFFu);
  return result;
}

int main(void) {
  tapisimStandInReset();
  open_line();

  unsigned char caps[512];
  memset(caps, 0, sizeof caps);
  *(tapi_dword *)caps = sizeof caps;
  CHECK(reply(lineGetAgentCapsW(app, 0, 0, VERSION_3_0, (LINEAGENTCAPS *)caps)) == 0);

  unsigned char groups[1024];
  memset(groups, 0, sizeof groups);
  *(tapi_dword *)groups = 30; /* too small for the entries: header only */
  CHECK(reply(lineGetGroupListW(line, groups)) == 0);
  CHECK(((LINELISTHEADER *)groups)->dwNeededSize > 30);
  *(tapi_dword *)groups = sizeof groups;
  CHECK(reply(lineGetGroupListW(line, groups)) == 0);
  LINEAGENTGROUPENTRY *sales = (LINEAGENTGROUPENTRY *)(groups + 24);
  TAPI_GUID sales_guid;
  memcpy(&sales_guid, &sales->dwGroupID1, sizeof sales_guid);

  unsigned char queues[256];
  *(tapi_dword *)queues = sizeof queues;
  CHECK(reply(lineGetQueueListW(line, &sales_guid, queues)) == 0);

  tapi_dword alice = 0, dave = 0, session = 0, other = 0;
  CHECK(reply(lineCreateAgentW(line, ALICE, NULL, &alice)) == 0);
  CHECK(reply(lineCreateAgentW(line, DAVE, DAVE, &dave)) == 0);
  CHECK(reply(lineCreateAgentSessionW(line, alice, NULL, 0, &sales_guid, &session)) == 0);
  CHECK(reply(lineCreateAgentSessionW(line, alice, NULL, 0, &sales_guid, &other)) ==
        ERR_INVALAGENTGROUP);
  CHECK(reply(lineSetAgentSessionState(line, session, SESSION_NOTREADY, 0)) ==
        ERR_INVALAGENTSESSIONSTATE);
  CHECK(reply(lineSetAgentSessionState(line, session, SESSION_READY, 0)) == 0);
  CHECK(tapisimStandInDeliverCall(ALICE, SALES, 5) == 0);
  tapisimStandInAdvanceClock(60);
  CHECK(reply(lineSetAgentStateEx(line, alice, AGENT_NOTREADY, 0)) == 0);
  CHECK(tapisimStandInEndCall(ALICE, SALES, 0) == 0);
  CHECK(reply(lineSetAgentMeasurementPeriod(line, alice, 3600)) == 0);
  CHECK(reply(lineSetQueueMeasurementPeriod(line, 1, 0)) == ERR_INVALPARAM);

  LINEAGENTSESSIONINFO info;
  info.dwTotalSize = sizeof info;
  CHECK(reply(lineGetAgentSessionInfo(line, session, &info)) == 0);
  CHECK(info.dwAgentSessionState == SESSION_NOTREADY);
  /* a busy state is no next state; the agent's request ends a (timerless) wrap-up at once */
  CHECK(reply(lineSetAgentSessionState(line, session, SESSION_READY, SESSION_BUSYWRAPUP)) ==
        ERR_INVALAGENTSESSIONSTATE);
  CHECK(reply(lineSetAgentSessionState(line, session, SESSION_READY, 0)) == 0);
  CHECK(tapisimStandInDeliverCall(ALICE, SALES, 5) == 0);
  CHECK(tapisimStandInEndCall(ALICE, SALES, 1) == 0);
  CHECK(reply(lineGetAgentSessionInfo(line, session, &info)) == 0);
  CHECK(info.dwAgentSessionState == SESSION_BUSYWRAPUP);
  CHECK(reply(lineSetAgentStateEx(line, alice, AGENT_NOTREADY, 0)) == 0);
  CHECK(reply(lineGetAgentSessionInfo(line, session, &info)) == 0);
  CHECK(info.dwAgentSessionState == SESSION_NOTREADY);
  LINEAGENTINFO agent;
  agent.dwTotalSize = sizeof agent;
  CHECK(reply(lineGetAgentInfo(line, alice, &agent)) == 0);
  LINEQUEUEINFO queue;
  queue.dwTotalSize = sizeof queue;
  CHECK(reply(lineGetQueueInfo(line, 1, &queue)) == 0);
  unsigned char list[128];
  *(tapi_dword *)list = sizeof list;
  CHECK(reply(lineGetAgentSessionList(line, alice, list)) == 0);

  tapisimStandInFailNextRequest(ERR_RESOURCEUNAVAIL);
  CHECK(reply(lineGetAgentInfo(line, alice, &agent)) == ERR_RESOURCEUNAVAIL);
  tapisimStandInDropNextReply();
  CHECK(lineGetAgentInfo(line, alice, &agent) > 0); /* never answered */

  /* a request whose reply is still queued at shutdown: its copy is freed, not leaked */
  CHECK(lineGetAgentInfo(line, alice, &agent) > 0);
  tapisimStandInForceLineClose();
  CHECK(lineSetAgentSessionState(line, session, SESSION_READY, 0) == ERR_INVALLINEHANDLE);
  CHECK(lineShutdown(app) == 0);

  open_line();
  pthread_t reader;
  pthread_create(&reader, NULL, blocked_reader, NULL);
  tapisimStandInForceReinit();
  void *first = NULL;
  pthread_join(reader, &first); /* woken by LINE_LINEDEVSTATE(REINIT) */
  CHECK(*(tapi_long *)first == 0);
  free(first);
  CHECK(lineGetGroupListW(line, groups) == ERR_REINIT);
  pthread_create(&reader, NULL, blocked_reader, NULL);
  CHECK(lineShutdown(app) == 0);
  void *second = NULL;
  pthread_join(reader, &second);
  CHECK(*(tapi_long *)second == ERR_INVALAPPHANDLE || *(tapi_long *)second == 0);
  free(second);

  tapisimStandInReset();
  printf("selftest: %s, %d failure(s)\n", failures == 0 ? "passed" : "FAILED", failures);
  return failures == 0 ? 0 : 1;
}
