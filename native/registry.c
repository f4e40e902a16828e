/*
 * Applications, lines and their message queues, and the line functions
 * that manage them: lineInitializeExW, lineNegotiateAPIVersion, lineOpen(W),
 * lineClose, lineShutdown and lineGetMessage.
 *
 * The stand-in has one line device (ID 0): the ACD. Handles are small
 * positive numbers that are never reused within one reset.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "standin.h"

#define MAX_APPS 16
#define MAX_LINES 64
#define OUTBOX_SIZE 64
#define INFINITE_WAIT 0xFFFFFFFFu

struct message {
  struct message *next;
  LINEMESSAGE body;
  void *copy_dst;
  void *copy_src;
  size_t copy_len;
  tapi_dword *handle_dst;
  tapi_dword handle_value;
};

struct app {
  int in_use;
  tapi_dword handle;
  int waiters; /* threads blocked in lineGetMessage on this slot */
  struct message *head;
  struct message *tail;
};

struct line {
  int in_use;
  tapi_dword handle;
  int app_slot;
  tapi_dword version;
  tapi_dword_ptr instance;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t arrived;
static pthread_once_t cond_once = PTHREAD_ONCE_INIT;

static struct app apps[MAX_APPS];
static struct line lines[MAX_LINES];
static tapi_dword next_app_handle = 0x100;
static tapi_dword next_line_handle = 0x200;
static tapi_dword next_request_id = 1;
static int reinit_pending;
static tapi_long fail_next_error;
static int drop_next_reply;

static LINEMESSAGE outbox[OUTBOX_SIZE];
static int outbox_count;
static int acd_ready;

static void init_cond(void) {
  pthread_condattr_t attr;
  pthread_condattr_init(&attr);
  pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
  pthread_cond_init(&arrived, &attr);
  pthread_condattr_destroy(&attr);
}

void standin_lock(void) {
  pthread_once(&cond_once, init_cond);
  pthread_mutex_lock(&lock);
  if (!acd_ready) {
    acd_reset();
    clock_reset();
    acd_ready = 1;
  }
}

void standin_unlock(void) { pthread_mutex_unlock(&lock); }

static int find_app(tapi_dword handle) {
  for (int i = 0; i < MAX_APPS; i++) {
    if (apps[i].in_use && apps[i].handle == handle) {
      return i;
    }
  }
  return -1;
}

static struct line *find_line(tapi_dword handle) {
  for (int i = 0; i < MAX_LINES; i++) {
    if (lines[i].in_use && lines[i].handle == handle) {
      return &lines[i];
    }
  }
  return NULL;
}

static void free_message(struct message *m) {
  free(m->copy_src);
  free(m);
}

static void post(int slot, const LINEMESSAGE *body, void *copy_dst, void *copy_src, size_t copy_len,
                 tapi_dword *handle_dst, tapi_dword handle_value) {
  struct message *m = calloc(1, sizeof *m);
  if (m == NULL) {
    free(copy_src);
    return; /* out of memory: the message is lost, as a full queue would lose it */
  }
  m->body = *body;
  m->copy_dst = copy_dst;
  m->copy_src = copy_src;
  m->copy_len = copy_len;
  m->handle_dst = handle_dst;
  m->handle_value = handle_value;
  if (apps[slot].tail == NULL) {
    apps[slot].head = m;
  } else {
    apps[slot].tail->next = m;
  }
  apps[slot].tail = m;
  pthread_cond_broadcast(&arrived);
}

static void drop_messages(int slot) {
  struct message *m = apps[slot].head;
  while (m != NULL) {
    struct message *next = m->next;
    free_message(m);
    m = next;
  }
  apps[slot].head = NULL;
  apps[slot].tail = NULL;
}

void post_to_lines(tapi_dword message, tapi_dword_ptr p1, tapi_dword_ptr p2, tapi_dword_ptr p3) {
  for (int i = 0; i < MAX_LINES; i++) {
    if (lines[i].in_use) {
      LINEMESSAGE body = {lines[i].handle, message, lines[i].instance, p1, p2, p3};
      post(lines[i].app_slot, &body, NULL, NULL, 0, NULL, 0);
    }
  }
}

void outbox_add(tapi_dword message, tapi_dword_ptr p1, tapi_dword_ptr p2, tapi_dword_ptr p3) {
  if (outbox_count < OUTBOX_SIZE) {
    LINEMESSAGE body = {0, message, 0, p1, p2, p3};
    outbox[outbox_count++] = body;
  }
}

void outbox_flush(void) {
  for (int i = 0; i < outbox_count; i++) {
    post_to_lines(outbox[i].dwMessageID, outbox[i].dwParam1, outbox[i].dwParam2,
                  outbox[i].dwParam3);
  }
  outbox_count = 0;
}

void outbox_discard(void) { outbox_count = 0; }

static tapi_long begin(int slot, tapi_dword version, struct request *rq) {
  rq->app_slot = slot;
  rq->id = next_request_id++;
  if (next_request_id > 0x7FFFFFFF) {
    next_request_id = 1;
  }
  rq->line_version = version;
  rq->forced_error = fail_next_error;
  rq->dropped = drop_next_reply;
  fail_next_error = 0;
  drop_next_reply = 0;
  return (tapi_long)rq->id;
}

tapi_long request_begin_line(tapi_dword hLine, struct request *rq) {
  if (reinit_pending) {
    return ERR_REINIT;
  }
  struct line *line = find_line(hLine);
  if (line == NULL) {
    return ERR_INVALLINEHANDLE;
  }
  return begin(line->app_slot, line->version, rq);
}

tapi_long request_begin_app(tapi_dword hLineApp, struct request *rq) {
  if (reinit_pending) {
    return ERR_REINIT;
  }
  int slot = find_app(hLineApp);
  if (slot < 0) {
    return ERR_INVALAPPHANDLE;
  }
  return begin(slot, VERSION_3_0, rq);
}

void request_finish(const struct request *rq, tapi_long result, void *copy_dst, void *copy_src,
                    size_t copy_len, tapi_dword *handle_dst, tapi_dword handle_value) {
  if (rq->dropped) {
    free(copy_src);
    outbox_discard();
    return;
  }
  LINEMESSAGE reply = {0, MSG_LINE_REPLY, 0, rq->id, (tapi_dword_ptr)(tapi_dword)result, 0};
  if (result == 0) {
    post(rq->app_slot, &reply, copy_dst, copy_src, copy_len, handle_dst, handle_value);
  } else {
    free(copy_src);
    post(rq->app_slot, &reply, NULL, NULL, 0, NULL, 0);
  }
  outbox_flush();
}

void registry_force_close_all(void) {
  for (int i = 0; i < MAX_LINES; i++) {
    if (lines[i].in_use) {
      LINEMESSAGE body = {lines[i].handle, MSG_LINE_CLOSE, lines[i].instance, 0, 0, 0};
      post(lines[i].app_slot, &body, NULL, NULL, 0, NULL, 0);
      lines[i].in_use = 0;
    }
  }
}

void registry_force_reinit(void) {
  reinit_pending = 1;
  post_to_lines(MSG_LINE_LINEDEVSTATE, DEVSTATE_REINIT, 0, 0);
}

void registry_fail_next(tapi_long error) { fail_next_error = error; }

void registry_drop_next(void) { drop_next_reply = 1; }

void registry_reset(void) {
  for (int i = 0; i < MAX_APPS; i++) {
    drop_messages(i);
    apps[i].in_use = 0;
  }
  memset(lines, 0, sizeof lines);
  reinit_pending = 0;
  fail_next_error = 0;
  drop_next_reply = 0;
  outbox_count = 0;
  pthread_cond_broadcast(&arrived); /* waiters find their application gone */
}

/* ---- exported line functions ---- */

EXPORT tapi_long lineInitializeExW(tapi_dword *lphLineApp, void *hInstance, void *lpfnCallback,
                                   const tapi_wchar *lpszFriendlyAppName,
                                   tapi_dword *lpdwNumDevs, tapi_dword *lpdwAPIVersion,
                                   LINEINITIALIZEEXPARAMS *params) {
  (void)hInstance;
  (void)lpszFriendlyAppName;
  if (lphLineApp == NULL || lpdwNumDevs == NULL || lpdwAPIVersion == NULL || params == NULL) {
    return ERR_INVALPOINTER;
  }
  if (params->dwTotalSize < sizeof(LINEINITIALIZEEXPARAMS)) {
    return ERR_STRUCTURETOOSMALL;
  }
  if (params->dwOptions != INIT_OPTION_USEEVENT || lpfnCallback != NULL) {
    return ERR_INVALPARAM; /* only the event mechanism (lineGetMessage) is offered */
  }
  standin_lock();
  if (reinit_pending) {
    standin_unlock();
    return ERR_REINIT;
  }
  int slot = -1;
  for (int i = 0; i < MAX_APPS && slot < 0; i++) {
    if (!apps[i].in_use && apps[i].waiters == 0) {
      slot = i;
    }
  }
  if (slot < 0) {
    standin_unlock();
    return ERR_RESOURCEUNAVAIL;
  }
  apps[slot].in_use = 1;
  apps[slot].handle = next_app_handle++;
  apps[slot].head = NULL;
  apps[slot].tail = NULL;
  *lphLineApp = apps[slot].handle;
  standin_unlock();
  *lpdwNumDevs = 1;
  *lpdwAPIVersion = VERSION_3_0;
  params->dwNeededSize = sizeof(LINEINITIALIZEEXPARAMS);
  params->dwUsedSize = sizeof(LINEINITIALIZEEXPARAMS);
  params->hEvent = (void *)(uintptr_t)(0x1000 + slot); /* never to be waited on here */
  return 0;
}

EXPORT tapi_long lineNegotiateAPIVersion(tapi_dword hLineApp, tapi_dword dwDeviceID,
                                         tapi_dword dwAPILowVersion, tapi_dword dwAPIHighVersion,
                                         tapi_dword *lpdwAPIVersion,
                                         LINEEXTENSIONID *lpExtensionID) {
  if (lpdwAPIVersion == NULL || lpExtensionID == NULL) {
    return ERR_INVALPOINTER;
  }
  standin_lock();
  tapi_long rc = reinit_pending ? ERR_REINIT : find_app(hLineApp) < 0 ? ERR_INVALAPPHANDLE : 0;
  standin_unlock();
  if (rc != 0) {
    return rc;
  }
  if (dwDeviceID != 0) {
    return ERR_BADDEVICEID;
  }
  tapi_dword version = dwAPIHighVersion < VERSION_3_0 ? dwAPIHighVersion : VERSION_3_0;
  if (version < VERSION_1_4 || version < dwAPILowVersion) {
    return ERR_INCOMPATIBLEAPIVERSION;
  }
  *lpdwAPIVersion = version;
  memset(lpExtensionID, 0, sizeof *lpExtensionID);
  return 0;
}

EXPORT tapi_long lineOpenW(tapi_dword hLineApp, tapi_dword dwDeviceID, tapi_dword *lphLine,
                           tapi_dword dwAPIVersion, tapi_dword dwExtVersion,
                           tapi_dword_ptr dwCallbackInstance, tapi_dword dwPrivileges,
                           tapi_dword dwMediaModes, const void *lpCallParams) {
  (void)dwExtVersion;
  (void)dwMediaModes;
  (void)lpCallParams;
  if (lphLine == NULL) {
    return ERR_INVALPOINTER;
  }
  if (dwPrivileges != 0x1 && dwPrivileges != 0x2 && dwPrivileges != 0x4) {
    return ERR_INVALPRIVSELECT; /* NONE, MONITOR or OWNER; the stand-in takes no proxies */
  }
  standin_lock();
  int slot = find_app(hLineApp);
  tapi_long rc = reinit_pending ? ERR_REINIT : slot < 0 ? ERR_INVALAPPHANDLE : 0;
  if (rc == 0 && dwDeviceID != 0) {
    rc = ERR_BADDEVICEID;
  }
  if (rc == 0 && (dwAPIVersion < VERSION_1_4 || dwAPIVersion > VERSION_3_0)) {
    rc = ERR_INCOMPATIBLEAPIVERSION;
  }
  struct line *line = NULL;
  for (int i = 0; rc == 0 && i < MAX_LINES && line == NULL; i++) {
    if (!lines[i].in_use) {
      line = &lines[i];
    }
  }
  if (rc == 0 && line == NULL) {
    rc = ERR_RESOURCEUNAVAIL;
  }
  if (rc == 0) {
    line->in_use = 1;
    line->handle = next_line_handle++;
    line->app_slot = slot;
    line->version = dwAPIVersion;
    line->instance = dwCallbackInstance;
    *lphLine = line->handle;
  }
  standin_unlock();
  return rc;
}

EXPORT tapi_long lineOpen(tapi_dword hLineApp, tapi_dword dwDeviceID, tapi_dword *lphLine,
                          tapi_dword dwAPIVersion, tapi_dword dwExtVersion,
                          tapi_dword_ptr dwCallbackInstance, tapi_dword dwPrivileges,
                          tapi_dword dwMediaModes, const void *lpCallParams) {
  return lineOpenW(hLineApp, dwDeviceID, lphLine, dwAPIVersion, dwExtVersion, dwCallbackInstance,
                   dwPrivileges, dwMediaModes, lpCallParams);
}

EXPORT tapi_long lineClose(tapi_dword hLine) {
  standin_lock();
  struct line *line = find_line(hLine);
  if (line != NULL) {
    line->in_use = 0;
  }
  standin_unlock();
  return line != NULL ? 0 : ERR_INVALLINEHANDLE;
}

EXPORT tapi_long lineShutdown(tapi_dword hLineApp) {
  standin_lock();
  int slot = find_app(hLineApp);
  if (slot < 0) {
    standin_unlock();
    return ERR_INVALAPPHANDLE;
  }
  for (int i = 0; i < MAX_LINES; i++) {
    if (lines[i].in_use && lines[i].app_slot == slot) {
      lines[i].in_use = 0;
    }
  }
  drop_messages(slot);
  apps[slot].in_use = 0;
  int any_left = 0;
  for (int i = 0; i < MAX_APPS; i++) {
    any_left |= apps[i].in_use;
  }
  if (!any_left) {
    reinit_pending = 0; /* every application has shut down: TAPI may start afresh */
  }
  pthread_cond_broadcast(&arrived);
  standin_unlock();
  return 0;
}

static void deadline_after(struct timespec *deadline, tapi_dword millis) {
  clock_gettime(CLOCK_MONOTONIC, deadline);
  deadline->tv_sec += millis / 1000;
  deadline->tv_nsec += (long)(millis % 1000) * 1000000L;
  if (deadline->tv_nsec >= 1000000000L) {
    deadline->tv_sec += 1;
    deadline->tv_nsec -= 1000000000L;
  }
}

EXPORT tapi_long lineGetMessage(tapi_dword hLineApp, LINEMESSAGE *lpMessage,
                                tapi_dword dwTimeout) {
  if (lpMessage == NULL) {
    return ERR_INVALPOINTER;
  }
  struct timespec deadline;
  deadline_after(&deadline, dwTimeout == INFINITE_WAIT ? 0 : dwTimeout);
  standin_lock();
  int slot = find_app(hLineApp);
  if (slot < 0) {
    standin_unlock();
    return ERR_INVALAPPHANDLE;
  }
  int timed_out = 0;
  apps[slot].waiters++;
  while (apps[slot].in_use && apps[slot].handle == hLineApp && apps[slot].head == NULL &&
         !timed_out) {
    if (dwTimeout == INFINITE_WAIT) {
      pthread_cond_wait(&arrived, &lock);
    } else {
      timed_out = pthread_cond_timedwait(&arrived, &lock, &deadline) == ETIMEDOUT;
    }
  }
  apps[slot].waiters--;
  if (!apps[slot].in_use || apps[slot].handle != hLineApp) {
    standin_unlock();
    return ERR_INVALAPPHANDLE; /* lineShutdown on another thread */
  }
  struct message *m = apps[slot].head;
  if (m == NULL) {
    standin_unlock();
    return ERR_OPERATIONFAILED; /* nothing arrived in time */
  }
  apps[slot].head = m->next;
  if (apps[slot].head == NULL) {
    apps[slot].tail = NULL;
  }
  if (m->copy_dst != NULL && m->copy_src != NULL) {
    memcpy(m->copy_dst, m->copy_src, m->copy_len);
  }
  if (m->handle_dst != NULL) {
    *m->handle_dst = m->handle_value;
  }
  *lpMessage = m->body;
  standin_unlock();
  free_message(m);
  return 0;
}
