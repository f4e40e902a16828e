/*
 * The built-in ACD: two groups with one queue each, three agents, and the
 * sessions clients create. It follows tapisim's documented behaviour:
 *
 * - groups "sales" (queue 1, "sales") and "support" (queue 2, "support");
 *   agents alice (sales, support), bob (sales) and carol (support); an
 *   agent created with a new ID may log in to any group;
 * - lineCreateAgent with a known ID returns that agent's handle;
 * - a new session starts NOT_READY and is reported with NEWSESSION|STATE;
 * - every state change follows Microsoft's table; anything else, a move to
 *   the same state included, fails with LINEERR_INVALAGENTSESSIONSTATE and
 *   changes nothing;
 * - leaving BUSY_ON_CALL releases the call;
 * - an agent is BUSYACD while a session of it is BUSYONCALL or BUSYWRAPUP,
 *   READY while one is READY, else NOTREADY;
 * - a delivered call moves a READY session to BUSYONCALL; an ended call
 *   moves it to BUSYWRAPUP when the hook asks for wrap-up (which then lasts
 *   until the client sets a state: the stand-in has no timers), else
 *   straight to the next state asked for, READY by default.
 *
 * Times are whole seconds of the stand-in's own clock (clock.c).
 */
#include <stdlib.h>
#include <string.h>

#include "standin.h"

#define MAX_AGENTS 64
#define MAX_SESSIONS 256
#define GROUP_COUNT 2
#define ALL_GROUPS 0xFFFFFFFFu
#define HANDLER_INFO "tapisim native stand-in"

struct group {
  const char *name;
  TAPI_GUID guid;
  tapi_dword queue_id;
  tapi_dword period;
  tapi_dword total_queued;
  tapi_dword longest_ever_wait;
  unsigned long long total_wait;
  tapi_dword waits;
};

struct agent {
  tapi_dword handle;
  tapi_wchar *id;
  unsigned groups; /* a bit per group index */
  tapi_dword period;
  tapi_dword reported_state;
};

struct session {
  tapi_dword handle;
  int agent;
  int group;
  tapi_dword state;
  tapi_dword next;
  long long start;
  long long ended; /* -1 while live */
  long long entered;
  long long call_start;
  tapi_dword calls;
  tapi_dword completed_calls;
  tapi_dword talk;
  tapi_dword wrap;
  tapi_dword wrapups;
  tapi_dword longest_answer;
  unsigned long long total_answer;
};

static struct group groups[GROUP_COUNT];
static struct agent agents[MAX_AGENTS];
static int agent_count;
static struct session sessions[MAX_SESSIONS];
static int session_count;
static tapi_dword next_agent_handle;
static tapi_dword next_session_handle;

static const TAPI_GUID proxy_guid = {{0x74, 0x61, 0x70, 0x69, 0x73, 0x69, 0x6d, 0x00, 0x70, 0x72,
                                      0x6f, 0x78, 0x79, 0x00, 0x00, 0x01}};

/* ---- population ---- */

static void define_group(int index, const char *name) {
  struct group *g = &groups[index];
  memset(g, 0, sizeof *g);
  g->name = name;
  g->queue_id = (tapi_dword)index + 1;
  static const unsigned char stem[15] = {0x74, 0x61, 0x70, 0x69, 0x73, 0x69, 0x6d, 0x00,
                                         0x67, 0x72, 0x6f, 0x75, 0x70, 0x00, 0x00};
  memcpy(g->guid.bytes, stem, sizeof stem);
  g->guid.bytes[15] = (unsigned char)(index + 1);
}

static tapi_wchar *ascii_to_utf16(const char *s) {
  size_t n = strlen(s);
  tapi_wchar *w = malloc((n + 1) * sizeof(tapi_wchar));
  if (w != NULL) {
    for (size_t i = 0; i <= n; i++) {
      w[i] = (unsigned char)s[i];
    }
  }
  return w;
}

static void define_agent(const char *id, unsigned group_bits) {
  struct agent *a = &agents[agent_count++];
  a->handle = next_agent_handle++;
  a->id = ascii_to_utf16(id);
  a->groups = group_bits;
  a->period = 0;
  a->reported_state = AGENT_NOTREADY;
}

void acd_reset(void) {
  for (int i = 0; i < agent_count; i++) {
    free(agents[i].id);
  }
  agent_count = 0;
  session_count = 0;
  next_agent_handle = 0x3001;
  next_session_handle = 0x5001;
  define_group(0, "sales");
  define_group(1, "support");
  define_agent("alice", 0x3);
  define_agent("bob", 0x1);
  define_agent("carol", 0x2);
}

int acd_group_count(void) { return GROUP_COUNT; }

/* ---- lookups ---- */

static int agent_by_handle(tapi_dword handle) {
  for (int i = 0; i < agent_count; i++) {
    if (agents[i].handle == handle) {
      return i;
    }
  }
  return -1;
}

static int agent_by_id(const tapi_wchar *id) {
  for (int i = 0; i < agent_count; i++) {
    if (utf16_equals(agents[i].id, id)) {
      return i;
    }
  }
  return -1;
}

static int group_by_guid(const TAPI_GUID *guid) {
  for (int i = 0; i < GROUP_COUNT; i++) {
    if (memcmp(groups[i].guid.bytes, guid->bytes, sizeof guid->bytes) == 0) {
      return i;
    }
  }
  return -1;
}

static int group_by_name(const tapi_wchar *name) {
  for (int i = 0; i < GROUP_COUNT; i++) {
    if (utf16_equals_ascii(name, groups[i].name)) {
      return i;
    }
  }
  return -1;
}

static int group_by_queue(tapi_dword queue) {
  for (int i = 0; i < GROUP_COUNT; i++) {
    if (groups[i].queue_id == queue) {
      return i;
    }
  }
  return -1;
}

static struct session *session_by_handle(tapi_dword handle) {
  for (int i = 0; i < session_count; i++) {
    if (sessions[i].handle == handle) {
      return &sessions[i];
    }
  }
  return NULL;
}

static struct session *live_session(int agent, int group) {
  for (int i = 0; i < session_count; i++) {
    if (sessions[i].agent == agent && sessions[i].group == group && sessions[i].ended < 0) {
      return &sessions[i];
    }
  }
  return NULL;
}

/* ---- rules ---- */

static int is_session_state(tapi_dword bit) {
  return bit == SESSION_NOTREADY || bit == SESSION_READY || bit == SESSION_BUSYONCALL ||
         bit == SESSION_BUSYWRAPUP || bit == SESSION_ENDED;
}

/* Microsoft's AGENT_SESSION_STATE table; a move to the same state is not a transition. */
static int can_move(tapi_dword from, tapi_dword to) {
  switch (from) {
    case SESSION_NOTREADY:
      return to == SESSION_READY || to == SESSION_ENDED;
    case SESSION_READY:
      return to == SESSION_BUSYONCALL || to == SESSION_NOTREADY || to == SESSION_ENDED;
    case SESSION_BUSYONCALL:
      return to == SESSION_BUSYWRAPUP || to == SESSION_READY || to == SESSION_NOTREADY ||
             to == SESSION_ENDED;
    case SESSION_BUSYWRAPUP:
      return to == SESSION_READY || to == SESSION_NOTREADY || to == SESSION_ENDED;
    default:
      return 0;
  }
}

static int is_busy(tapi_dword state) {
  return state == SESSION_BUSYONCALL || state == SESSION_BUSYWRAPUP;
}

static tapi_dword agent_state(int agent) {
  int ready = 0;
  for (int i = 0; i < session_count; i++) {
    if (sessions[i].agent == agent) {
      if (is_busy(sessions[i].state)) {
        return AGENT_BUSYACD;
      }
      ready |= sessions[i].state == SESSION_READY;
    }
  }
  return ready ? AGENT_READY : AGENT_NOTREADY;
}

static void report_agent(int agent) {
  tapi_dword state = agent_state(agent);
  if (state != agents[agent].reported_state) {
    agents[agent].reported_state = state;
    outbox_add(MSG_LINE_AGENTSTATUSEX, agents[agent].handle, AGENTSTATUSEX_STATE, state);
  }
}

static tapi_dword seconds_since(long long then) {
  long long d = clock_now() - then;
  return d < 0 ? 0 : (tapi_dword)d;
}

/* Moves a session, keeping its statistics, and reports the move. */
static void move(struct session *s, tapi_dword to) {
  if (s->state == SESSION_BUSYONCALL) {
    s->talk += seconds_since(s->call_start); /* the call ends or is released */
    s->completed_calls++;
  } else if (s->state == SESSION_BUSYWRAPUP) {
    s->wrap += seconds_since(s->entered);
    s->wrapups++;
  }
  if (to == SESSION_ENDED) {
    s->ended = clock_now();
    s->next = 0;
  }
  s->state = to;
  s->entered = clock_now();
  outbox_add(MSG_LINE_AGENTSESSIONSTATUS, s->handle, SESSIONSTATUS_STATE, to);
  report_agent(s->agent);
}

/* ---- operations ---- */

tapi_long acd_create_agent(const tapi_wchar *id, const tapi_wchar *pin, tapi_dword *agent) {
  (void)pin; /* the stand-in checks no PIN */
  if (id == NULL || id[0] == 0) {
    return ERR_INVALAGENTID;
  }
  int existing = agent_by_id(id);
  if (existing >= 0) {
    *agent = agents[existing].handle;
    return 0;
  }
  if (agent_count == MAX_AGENTS) {
    return ERR_RESOURCEUNAVAIL;
  }
  tapi_wchar *copy = utf16_dup(id);
  if (copy == NULL) {
    return ERR_NOMEM;
  }
  struct agent *a = &agents[agent_count++];
  a->handle = next_agent_handle++;
  a->id = copy;
  a->groups = ALL_GROUPS;
  a->period = 0;
  a->reported_state = AGENT_NOTREADY;
  outbox_add(MSG_LINE_AGENTSTATUSEX, a->handle, AGENTSTATUSEX_NEWAGENT, 0);
  *agent = a->handle;
  return 0;
}

tapi_long acd_create_session(tapi_dword agent, const TAPI_GUID *group, tapi_dword *session) {
  int a = agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  int g = group_by_guid(group);
  if (g < 0 || (agents[a].groups & (1u << g)) == 0 || live_session(a, g) != NULL) {
    return ERR_INVALAGENTGROUP;
  }
  if (session_count == MAX_SESSIONS) {
    return ERR_RESOURCEUNAVAIL;
  }
  struct session *s = &sessions[session_count++];
  memset(s, 0, sizeof *s);
  s->handle = next_session_handle++;
  s->agent = a;
  s->group = g;
  s->state = SESSION_NOTREADY;
  s->start = clock_now();
  s->entered = s->start;
  s->ended = -1;
  outbox_add(MSG_LINE_AGENTSESSIONSTATUS, s->handle,
             SESSIONSTATUS_NEWSESSION | SESSIONSTATUS_STATE, SESSION_NOTREADY);
  *session = s->handle;
  return 0;
}

tapi_long acd_set_session_state(tapi_dword session, tapi_dword state, tapi_dword next) {
  struct session *s = session_by_handle(session);
  if (s == NULL) {
    return ERR_INVALPARAM;
  }
  if ((state != 0 && !is_session_state(state)) || (next != 0 && !is_session_state(next))) {
    return ERR_INVALAGENTSESSIONSTATE;
  }
  tapi_dword target = state != 0 ? state : s->state;
  if (state != 0 && !can_move(s->state, state)) {
    return ERR_INVALAGENTSESSIONSTATE;
  }
  if (next != 0 && !can_move(target, next)) {
    return ERR_INVALAGENTSESSIONSTATE;
  }
  if (state != 0) {
    move(s, state);
  }
  s->next = next;
  return 0;
}

tapi_long acd_set_agent_state(tapi_dword agent, tapi_dword state, tapi_dword next) {
  int a = agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  if ((state != AGENT_READY && state != AGENT_NOTREADY) ||
      (next != 0 && next != AGENT_READY && next != AGENT_NOTREADY)) {
    return ERR_INVALAGENTSTATE;
  }
  tapi_dword target = state == AGENT_READY ? SESSION_READY : SESSION_NOTREADY;
  int live = 0;
  for (int i = 0; i < session_count; i++) {
    live |= sessions[i].agent == a && sessions[i].ended < 0;
  }
  if (!live) {
    return ERR_INVALAGENTSTATE;
  }
  for (int i = 0; i < session_count; i++) {
    struct session *s = &sessions[i];
    if (s->agent != a || s->ended >= 0) {
      continue;
    }
    if (is_busy(s->state)) {
      s->next = target; /* taken when the ACD work ends */
    } else if (s->state != target) {
      move(s, target);
    }
  }
  return 0;
}

static void reset_session_counters(struct session *s) {
  s->calls = 0;
  s->completed_calls = 0;
  s->talk = 0;
  s->wrap = 0;
  s->wrapups = 0;
  s->longest_answer = 0;
  s->total_answer = 0;
  s->call_start = clock_now();
  if (s->state == SESSION_BUSYWRAPUP) {
    s->entered = clock_now();
  }
}

tapi_long acd_set_agent_period(tapi_dword agent, tapi_dword period) {
  int a = agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  if (period == 0) {
    return ERR_INVALPARAM;
  }
  agents[a].period = period;
  for (int i = 0; i < session_count; i++) {
    if (sessions[i].agent == a) {
      reset_session_counters(&sessions[i]);
    }
  }
  return 0;
}

tapi_long acd_set_queue_period(tapi_dword queue, tapi_dword period) {
  int g = group_by_queue(queue);
  if (g < 0 || period == 0) {
    return ERR_INVALPARAM;
  }
  groups[g].period = period;
  groups[g].total_queued = 0;
  groups[g].longest_ever_wait = 0;
  groups[g].total_wait = 0;
  groups[g].waits = 0;
  return 0;
}

/* ---- images of the output structures ---- */

static tapi_dword duration_of(const struct session *s) {
  long long end = s->ended >= 0 ? s->ended : clock_now();
  return end > s->start ? (tapi_dword)(end - s->start) : 0;
}

static tapi_dword average(unsigned long long total, tapi_dword count) {
  return count == 0 ? 0 : (tapi_dword)(total / count);
}

/* Calls per hour as a CURRENCY: the value times 10 000. */
static int64_t per_hour(unsigned long long calls, unsigned long long seconds) {
  return seconds == 0 ? 0 : (int64_t)(calls * 3600ULL * 10000ULL / seconds);
}

static void *fixed_image(size_t size, tapi_dword total_size, size_t *image_len) {
  unsigned char *image = calloc(1, size);
  if (image != NULL) {
    tapi_dword header[3] = {total_size, (tapi_dword)size, (tapi_dword)size};
    memcpy(image, header, sizeof header);
    *image_len = size;
  }
  return image;
}

tapi_long acd_get_session_info(tapi_dword session, tapi_dword total_size, void **image,
                               size_t *image_len) {
  const struct session *s = session_by_handle(session);
  if (s == NULL) {
    return ERR_INVALPARAM;
  }
  LINEAGENTSESSIONINFO *info = fixed_image(sizeof *info, total_size, image_len);
  if (info == NULL) {
    return ERR_NOMEM;
  }
  tapi_dword duration = duration_of(s);
  info->dwAgentSessionState = s->state;
  info->dwNextAgentSessionState = s->next;
  info->dateSessionStartTime = clock_to_date(s->start);
  info->dwSessionDuration = duration;
  info->dwNumberOfCalls = s->calls;
  info->dwTotalTalkTime = s->talk;
  info->dwAverageTalkTime = average(s->talk, s->completed_calls);
  info->dwTotalCallTime = s->talk + s->wrap;
  info->dwAverageCallTime = average((unsigned long long)s->talk + s->wrap, s->completed_calls);
  info->dwTotalWrapUpTime = s->wrap;
  info->dwAverageWrapUpTime = average(s->wrap, s->wrapups);
  info->cyACDCallRate = per_hour(s->calls, duration);
  info->dwLongestTimeToAnswer = s->longest_answer;
  info->dwAverageTimeToAnswer = average(s->total_answer, s->calls);
  *image = info;
  return 0;
}

tapi_long acd_get_agent_info(tapi_dword agent, tapi_dword total_size, void **image,
                             size_t *image_len) {
  int a = agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  LINEAGENTINFO *info = fixed_image(sizeof *info, total_size, image_len);
  if (info == NULL) {
    return ERR_NOMEM;
  }
  unsigned long long calls = 0, talk = 0, wrap = 0, seconds = 0;
  for (int i = 0; i < session_count; i++) {
    if (sessions[i].agent == a) {
      calls += sessions[i].calls;
      talk += sessions[i].talk;
      wrap += sessions[i].wrap;
      seconds += duration_of(&sessions[i]);
    }
  }
  info->dwAgentState = agent_state(a);
  info->dwNextAgentState = 0;
  info->dwMeasurementPeriod = agents[a].period;
  info->cyOverallCallRate = per_hour(calls, seconds);
  info->dwNumberOfACDCalls = (tapi_dword)calls;
  info->dwNumberOfIncomingCalls = 0;
  info->dwNumberOfOutgoingCalls = 0;
  info->dwTotalACDTalkTime = (tapi_dword)talk;
  info->dwTotalACDCallTime = (tapi_dword)(talk + wrap);
  info->dwTotalACDWrapUpTime = (tapi_dword)wrap;
  *image = info;
  return 0;
}

tapi_long acd_get_queue_info(tapi_dword queue, tapi_dword total_size, void **image,
                             size_t *image_len) {
  int g = group_by_queue(queue);
  if (g < 0) {
    return ERR_INVALPARAM;
  }
  LINEQUEUEINFO *info = fixed_image(sizeof *info, total_size, image_len);
  if (info == NULL) {
    return ERR_NOMEM;
  }
  const struct group *q = &groups[g];
  info->dwMeasurementPeriod = q->period;
  info->dwTotalCallsQueued = q->total_queued;
  info->dwCurrentCallsQueued = 0; /* a delivered call is answered at once */
  info->dwTotalCallsAbandoned = 0;
  info->dwTotalCallsFlowedIn = 0;
  info->dwTotalCallsFlowedOut = 0;
  info->dwLongestEverWaitTime = q->longest_ever_wait;
  info->dwCurrentLongestWaitTime = 0;
  info->dwAverageWaitTime = average(q->total_wait, q->waits);
  info->dwFinalDisposition = 0;
  *image = info;
  return 0;
}

/*
 * A list: the 24-byte header, the entries, then the strings. When it does
 * not fit in total_size, only the header goes back, with dwNeededSize set
 * and no entries, so the caller can grow its buffer and ask again.
 */
static tapi_long list_image(size_t needed, tapi_dword total_size, unsigned char **out,
                            size_t *image_len, int *fits) {
  *fits = needed <= total_size;
  size_t size = *fits ? needed : sizeof(LINELISTHEADER);
  unsigned char *image = calloc(1, size);
  if (image == NULL) {
    return ERR_NOMEM;
  }
  LINELISTHEADER *h = (LINELISTHEADER *)image;
  h->dwTotalSize = total_size;
  h->dwNeededSize = (tapi_dword)needed;
  h->dwUsedSize = (tapi_dword)size;
  *out = image;
  *image_len = size;
  return 0;
}

tapi_long acd_get_session_list(tapi_dword agent, tapi_dword total_size, void **image,
                               size_t *image_len) {
  int a = agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  tapi_dword count = 0;
  for (int i = 0; i < session_count; i++) {
    count += sessions[i].agent == a;
  }
  size_t needed = sizeof(LINELISTHEADER) + count * sizeof(LINEAGENTSESSIONENTRY);
  unsigned char *out;
  int fits;
  tapi_long rc = list_image(needed, total_size, &out, image_len, &fits);
  if (rc != 0) {
    return rc;
  }
  if (fits) {
    LINELISTHEADER *h = (LINELISTHEADER *)out;
    h->dwNumEntries = count;
    h->dwListSize = count * (tapi_dword)sizeof(LINEAGENTSESSIONENTRY);
    h->dwListOffset = sizeof(LINELISTHEADER);
    LINEAGENTSESSIONENTRY *entry = (LINEAGENTSESSIONENTRY *)(out + sizeof(LINELISTHEADER));
    for (int i = 0; i < session_count; i++) {
      if (sessions[i].agent == a) {
        entry->hAgentSession = sessions[i].handle;
        entry->hAgent = agents[a].handle;
        entry->GroupID = groups[sessions[i].group].guid;
        entry->dwWorkingAddressID = 0;
        entry++;
      }
    }
  }
  *image = out;
  return 0;
}

tapi_long acd_get_group_list(tapi_dword total_size, void **image, size_t *image_len) {
  size_t strings = 0;
  for (int i = 0; i < GROUP_COUNT; i++) {
    strings += 2 * (strlen(groups[i].name) + 1);
  }
  size_t entries = GROUP_COUNT * sizeof(LINEAGENTGROUPENTRY);
  size_t needed = sizeof(LINELISTHEADER) + entries + strings;
  unsigned char *out;
  int fits;
  tapi_long rc = list_image(needed, total_size, &out, image_len, &fits);
  if (rc != 0) {
    return rc;
  }
  if (fits) {
    LINELISTHEADER *h = (LINELISTHEADER *)out;
    h->dwNumEntries = GROUP_COUNT;
    h->dwListSize = (tapi_dword)entries;
    h->dwListOffset = sizeof(LINELISTHEADER);
    size_t text = sizeof(LINELISTHEADER) + entries;
    for (int i = 0; i < GROUP_COUNT; i++) {
      LINEAGENTGROUPENTRY *entry =
          (LINEAGENTGROUPENTRY *)(out + sizeof(LINELISTHEADER)) + i;
      memcpy(&entry->dwGroupID1, groups[i].guid.bytes, sizeof groups[i].guid.bytes);
      entry->dwNameOffset = (tapi_dword)text; /* from the start of the list */
      entry->dwNameSize = (tapi_dword)utf16_put_ascii(out + text, groups[i].name);
      text += entry->dwNameSize;
    }
  }
  *image = out;
  return 0;
}

tapi_long acd_get_queue_list(const TAPI_GUID *group, tapi_dword total_size, void **image,
                             size_t *image_len) {
  int g = group_by_guid(group);
  if (g < 0) {
    return ERR_INVALAGENTGROUP;
  }
  size_t needed = sizeof(LINELISTHEADER) + sizeof(LINEQUEUEENTRY) + 2 * (strlen(groups[g].name) + 1);
  unsigned char *out;
  int fits;
  tapi_long rc = list_image(needed, total_size, &out, image_len, &fits);
  if (rc != 0) {
    return rc;
  }
  if (fits) {
    LINELISTHEADER *h = (LINELISTHEADER *)out;
    h->dwNumEntries = 1;
    h->dwListSize = sizeof(LINEQUEUEENTRY);
    h->dwListOffset = sizeof(LINELISTHEADER);
    LINEQUEUEENTRY *entry = (LINEQUEUEENTRY *)(out + sizeof(LINELISTHEADER));
    entry->dwQueueID = groups[g].queue_id;
    entry->dwNameOffset = sizeof(LINELISTHEADER) + sizeof(LINEQUEUEENTRY);
    entry->dwNameSize = (tapi_dword)utf16_put_ascii(out + entry->dwNameOffset, groups[g].name);
  }
  *image = out;
  return 0;
}

tapi_long acd_get_caps(tapi_dword app_version, tapi_dword total_size, void **image,
                       size_t *image_len) {
  size_t info_size = 2 * (strlen(HANDLER_INFO) + 1);
  size_t needed = sizeof(LINEAGENTCAPS) + info_size;
  int fits = needed <= total_size;
  size_t size = fits ? needed : sizeof(LINEAGENTCAPS);
  unsigned char *out = calloc(1, size);
  if (out == NULL) {
    return ERR_NOMEM;
  }
  LINEAGENTCAPS *caps = (LINEAGENTCAPS *)out;
  caps->dwTotalSize = total_size;
  caps->dwNeededSize = (tapi_dword)needed;
  caps->dwUsedSize = (tapi_dword)size;
  if (fits) {
    caps->dwAgentHandlerInfoOffset = sizeof(LINEAGENTCAPS);
    caps->dwAgentHandlerInfoSize = (tapi_dword)utf16_put_ascii(out + sizeof(LINEAGENTCAPS), HANDLER_INFO);
  }
  caps->dwCapsVersion = app_version < VERSION_3_0 ? app_version : VERSION_3_0;
  caps->dwMaxNumGroupEntries = GROUP_COUNT;
  if (app_version >= VERSION_2_2) {
    caps->ProxyGUID = proxy_guid;
  }
  *image = out;
  *image_len = size;
  return 0;
}

/* ---- the call hooks ---- */

static tapi_long find_live(const tapi_wchar *agent, const tapi_wchar *group,
                           struct session **out) {
  int a = agent_by_id(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  int g = group_by_name(group);
  struct session *s = g < 0 ? NULL : live_session(a, g);
  if (s == NULL) {
    return ERR_INVALAGENTGROUP;
  }
  *out = s;
  return 0;
}

tapi_long acd_deliver_call(const tapi_wchar *agent, const tapi_wchar *group, tapi_dword waited) {
  struct session *s;
  tapi_long rc = find_live(agent, group, &s);
  if (rc != 0) {
    return rc;
  }
  if (s->state != SESSION_READY) {
    return ERR_INVALAGENTSESSIONSTATE;
  }
  if (agent_state(s->agent) == AGENT_BUSYACD) {
    return ERR_RESOURCEUNAVAIL; /* busy with an ACD call or wrap-up in another group */
  }
  struct group *q = &groups[s->group];
  q->total_queued++;
  q->total_wait += waited;
  q->waits++;
  if (waited > q->longest_ever_wait) {
    q->longest_ever_wait = waited;
  }
  s->calls++;
  s->total_answer += waited;
  if (waited > s->longest_answer) {
    s->longest_answer = waited;
  }
  s->call_start = clock_now();
  move(s, SESSION_BUSYONCALL);
  outbox_add(MSG_LINE_QUEUESTATUS, q->queue_id, QUEUESTATUS_UPDATEINFO, 0);
  return 0;
}

tapi_long acd_end_call(const tapi_wchar *agent, const tapi_wchar *group, tapi_dword wrap_up) {
  struct session *s;
  tapi_long rc = find_live(agent, group, &s);
  if (rc != 0) {
    return rc;
  }
  if (s->state != SESSION_BUSYONCALL) {
    return ERR_INVALAGENTSESSIONSTATE;
  }
  if (wrap_up) {
    move(s, SESSION_BUSYWRAPUP);
    return 0;
  }
  tapi_dword target = s->next != 0 && can_move(SESSION_BUSYONCALL, s->next) ? s->next
                                                                             : SESSION_READY;
  s->next = 0;
  move(s, target);
  return 0;
}
