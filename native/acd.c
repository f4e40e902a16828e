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
 * - a next state is READY, NOTREADY or ENDED, and a move the table allows;
 * - a delivered call moves a READY session to BUSYONCALL; an ended call
 *   moves it to BUSYWRAPUP when the hook asks for wrap-up (which then lasts
 *   until the client sets a state: the stand-in has no timers, so all its
 *   wrap-ups are manual ones), else straight to the next state asked for,
 *   READY by default;
 * - the agent's READY or NOTREADY request (lineSetAgentStateEx) moves its
 *   idle sessions now, ends a wrap-up at once, and becomes the next state of
 *   a session on a call.
 *
 * Times are whole seconds of the stand-in's own clock (clock.c).
 */
#include <stdlib.h>
#include <string.h>

#include "acd_model.h"

#define ALL_GROUPS 0xFFFFFFFFu

struct group acd_groups[GROUP_COUNT];
struct agent acd_agents[MAX_AGENTS];
int acd_agent_count;
struct session acd_sessions[MAX_SESSIONS];
int acd_session_count;
static tapi_dword next_agent_handle;
static tapi_dword next_session_handle;

/* ---- population ---- */

static void define_group(int index, const char *name) {
  struct group *g = &acd_groups[index];
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
  struct agent *a = &acd_agents[acd_agent_count++];
  a->handle = next_agent_handle++;
  a->id = ascii_to_utf16(id);
  a->groups = group_bits;
  a->period = 0;
  a->reported_state = AGENT_NOTREADY;
}

void acd_reset(void) {
  for (int i = 0; i < acd_agent_count; i++) {
    free(acd_agents[i].id);
  }
  acd_agent_count = 0;
  acd_session_count = 0;
  next_agent_handle = 0x3001;
  next_session_handle = 0x5001;
  define_group(0, "sales");
  define_group(1, "support");
  define_agent("alice", 0x3);
  define_agent("bob", 0x1);
  define_agent("carol", 0x2);
}

/* ---- lookups ---- */

int acd_agent_by_handle(tapi_dword handle) {
  for (int i = 0; i < acd_agent_count; i++) {
    if (acd_agents[i].handle == handle) {
      return i;
    }
  }
  return -1;
}

static int agent_by_id(const tapi_wchar *id) {
  for (int i = 0; i < acd_agent_count; i++) {
    if (utf16_equals(acd_agents[i].id, id)) {
      return i;
    }
  }
  return -1;
}

int acd_group_by_guid(const TAPI_GUID *guid) {
  for (int i = 0; i < GROUP_COUNT; i++) {
    if (memcmp(acd_groups[i].guid.bytes, guid->bytes, sizeof guid->bytes) == 0) {
      return i;
    }
  }
  return -1;
}

static int group_by_name(const tapi_wchar *name) {
  for (int i = 0; i < GROUP_COUNT; i++) {
    if (utf16_equals_ascii(name, acd_groups[i].name)) {
      return i;
    }
  }
  return -1;
}

int acd_group_by_queue(tapi_dword queue) {
  for (int i = 0; i < GROUP_COUNT; i++) {
    if (acd_groups[i].queue_id == queue) {
      return i;
    }
  }
  return -1;
}

struct session *acd_session_by_handle(tapi_dword handle) {
  for (int i = 0; i < acd_session_count; i++) {
    if (acd_sessions[i].handle == handle) {
      return &acd_sessions[i];
    }
  }
  return NULL;
}

static struct session *live_session(int agent, int group) {
  for (int i = 0; i < acd_session_count; i++) {
    if (acd_sessions[i].agent == agent && acd_sessions[i].group == group && acd_sessions[i].ended < 0) {
      return &acd_sessions[i];
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

tapi_dword acd_agent_state(int agent) {
  int ready = 0;
  for (int i = 0; i < acd_session_count; i++) {
    if (acd_sessions[i].agent == agent) {
      if (is_busy(acd_sessions[i].state)) {
        return AGENT_BUSYACD;
      }
      ready |= acd_sessions[i].state == SESSION_READY;
    }
  }
  return ready ? AGENT_READY : AGENT_NOTREADY;
}

static void report_agent(int agent) {
  tapi_dword state = acd_agent_state(agent);
  if (state != acd_agents[agent].reported_state) {
    acd_agents[agent].reported_state = state;
    outbox_add(MSG_LINE_AGENTSTATUSEX, acd_agents[agent].handle, AGENTSTATUSEX_STATE, state);
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
    *agent = acd_agents[existing].handle;
    return 0;
  }
  if (acd_agent_count == MAX_AGENTS) {
    return ERR_RESOURCEUNAVAIL;
  }
  tapi_wchar *copy = utf16_dup(id);
  if (copy == NULL) {
    return ERR_NOMEM;
  }
  struct agent *a = &acd_agents[acd_agent_count++];
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
  int a = acd_agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  int g = acd_group_by_guid(group);
  if (g < 0 || (acd_agents[a].groups & (1u << g)) == 0 || live_session(a, g) != NULL) {
    return ERR_INVALAGENTGROUP;
  }
  if (acd_session_count == MAX_SESSIONS) {
    return ERR_RESOURCEUNAVAIL;
  }
  struct session *s = &acd_sessions[acd_session_count++];
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
  struct session *s = acd_session_by_handle(session);
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
  if (next != 0 && (is_busy(next) || !can_move(target, next))) {
    return ERR_INVALAGENTSESSIONSTATE; /* a next state is READY, NOTREADY or ENDED */
  }
  if (state != 0) {
    move(s, state);
  }
  s->next = next;
  return 0;
}

tapi_long acd_set_agent_state(tapi_dword agent, tapi_dword state, tapi_dword next) {
  int a = acd_agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  if ((state != AGENT_READY && state != AGENT_NOTREADY) ||
      (next != 0 && next != AGENT_READY && next != AGENT_NOTREADY)) {
    return ERR_INVALAGENTSTATE;
  }
  tapi_dword target = state == AGENT_READY ? SESSION_READY : SESSION_NOTREADY;
  int live = 0;
  for (int i = 0; i < acd_session_count; i++) {
    live |= acd_sessions[i].agent == a && acd_sessions[i].ended < 0;
  }
  if (!live) {
    return ERR_INVALAGENTSTATE;
  }
  for (int i = 0; i < acd_session_count; i++) {
    struct session *s = &acd_sessions[i];
    if (s->agent != a || s->ended >= 0) {
      continue;
    }
    if (s->state == SESSION_BUSYWRAPUP) {
      s->next = 0;
      move(s, target); /* the stand-in's wrap-ups have no timer: the agent's request ends them */
    } else if (is_busy(s->state)) {
      s->next = target; /* taken when the call ends */
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
  int a = acd_agent_by_handle(agent);
  if (a < 0) {
    return ERR_INVALAGENTID;
  }
  if (period == 0) {
    return ERR_INVALPARAM;
  }
  acd_agents[a].period = period;
  for (int i = 0; i < acd_session_count; i++) {
    if (acd_sessions[i].agent == a) {
      reset_session_counters(&acd_sessions[i]);
    }
  }
  return 0;
}

tapi_long acd_set_queue_period(tapi_dword queue, tapi_dword period) {
  int g = acd_group_by_queue(queue);
  if (g < 0 || period == 0) {
    return ERR_INVALPARAM;
  }
  acd_groups[g].period = period;
  acd_groups[g].total_queued = 0;
  acd_groups[g].longest_ever_wait = 0;
  acd_groups[g].total_wait = 0;
  acd_groups[g].waits = 0;
  return 0;
}

tapi_dword acd_duration_of(const struct session *s) {
  long long end = s->ended >= 0 ? s->ended : clock_now();
  return end > s->start ? (tapi_dword)(end - s->start) : 0;
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
  if (acd_agent_state(s->agent) == AGENT_BUSYACD) {
    return ERR_RESOURCEUNAVAIL; /* busy with an ACD call or wrap-up in another group */
  }
  struct group *q = &acd_groups[s->group];
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
