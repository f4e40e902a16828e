/*
 * The stand-in for tapi32: a small TAPISRV and ACD in one process.
 *
 * One mutex guards everything (standin_lock). Exported functions take it,
 * do their work and post messages; lineGetMessage waits on a condition
 * variable. Asynchronous requests are answered at once, but the answer
 * reaches the caller only when lineGetMessage hands out the LINE_REPLY:
 * the output structure or handle is copied into the caller's buffer then,
 * as real TAPI does, so the caller must keep it alive until the reply.
 */
#ifndef TAPISIM_STANDIN_H
#define TAPISIM_STANDIN_H

#include <stddef.h>

#include "tapi_types.h"

#define EXPORT __attribute__((visibility("default")))

/* ---- registry.c: applications, lines, messages, requests, hooks ---- */

void standin_lock(void);
void standin_unlock(void);

/* Posts a message to every open line (hDevice = that line's handle). */
void post_to_lines(tapi_dword message, tapi_dword_ptr p1, tapi_dword_ptr p2, tapi_dword_ptr p3);

/* Status messages produced by an operation, held until its LINE_REPLY is queued. */
void outbox_add(tapi_dword message, tapi_dword_ptr p1, tapi_dword_ptr p2, tapi_dword_ptr p3);
void outbox_flush(void);
void outbox_discard(void);

/* One asynchronous request between request_begin_* and request_finish. */
struct request {
  int app_slot;
  tapi_dword id;
  tapi_dword line_version;
  tapi_long forced_error; /* from tapisimStandInFailNextRequest, else 0 */
  int dropped;            /* from tapisimStandInDropNextReply: no effect, no reply */
};

/*
 * Starts a request on a line or an application: returns a positive request
 * id, or a LINEERR to return at once (REINIT pending, bad handle).
 */
tapi_long request_begin_line(tapi_dword hLine, struct request *rq);
tapi_long request_begin_app(tapi_dword hLineApp, struct request *rq);

/*
 * Queues the LINE_REPLY (unless dropped), then the status messages of the
 * outbox. On success, copy_len bytes of copy_src (taken over, freed later)
 * are copied to copy_dst, and handle_value to handle_dst, when the reply is
 * handed out.
 */
void request_finish(const struct request *rq, tapi_long result, void *copy_dst, void *copy_src,
                    size_t copy_len, tapi_dword *handle_dst, tapi_dword handle_value);

/* State the hooks change. */
void registry_force_close_all(void);
void registry_force_reinit(void);
void registry_fail_next(tapi_long error);
void registry_drop_next(void);
void registry_reset(void);

/* ---- clock.c: the stand-in's own clock, advanced only by a hook ---- */

long long clock_now(void);               /* seconds since the Unix epoch */
double clock_to_date(long long seconds); /* an OLE Automation DATE */
void clock_advance(tapi_dword seconds);
void clock_reset(void);

/* ---- utf16.c ---- */

size_t utf16_len(const tapi_wchar *s);                      /* code units, without NUL */
tapi_wchar *utf16_dup(const tapi_wchar *s);                 /* NULL if out of memory */
int utf16_equals(const tapi_wchar *a, const tapi_wchar *b); /* either may be NULL */
int utf16_equals_ascii(const tapi_wchar *a, const char *b);
/* Writes an ASCII string as UTF-16 with its NUL; returns the bytes written. */
size_t utf16_put_ascii(unsigned char *dst, const char *s);

/* ---- acd.c, acd_report.c: the built-in ACD ---- */

void acd_reset(void);

/*
 * The ACD operations. Each returns 0 or a LINEERR, changes nothing when it
 * fails, and puts the status messages it causes in the outbox. The get
 * operations fill a freshly allocated image of the caller's structure
 * (*image, *image_len bytes to copy back), with total_size = the caller's
 * dwTotalSize.
 */
tapi_long acd_create_agent(const tapi_wchar *id, const tapi_wchar *pin, tapi_dword *agent);
tapi_long acd_create_session(tapi_dword agent, const TAPI_GUID *group, tapi_dword *session);
tapi_long acd_set_session_state(tapi_dword session, tapi_dword state, tapi_dword next);
tapi_long acd_set_agent_state(tapi_dword agent, tapi_dword state, tapi_dword next);
tapi_long acd_set_agent_period(tapi_dword agent, tapi_dword period);
tapi_long acd_set_queue_period(tapi_dword queue, tapi_dword period);
tapi_long acd_get_session_list(tapi_dword agent, tapi_dword total_size, void **image,
                               size_t *image_len);
tapi_long acd_get_session_info(tapi_dword session, tapi_dword total_size, void **image,
                               size_t *image_len);
tapi_long acd_get_agent_info(tapi_dword agent, tapi_dword total_size, void **image,
                             size_t *image_len);
tapi_long acd_get_group_list(tapi_dword total_size, void **image, size_t *image_len);
tapi_long acd_get_queue_list(const TAPI_GUID *group, tapi_dword total_size, void **image,
                             size_t *image_len);
tapi_long acd_get_queue_info(tapi_dword queue, tapi_dword total_size, void **image,
                             size_t *image_len);
tapi_long acd_get_caps(tapi_dword app_version, tapi_dword total_size, void **image,
                       size_t *image_len);

/* The call hooks: by agent ID and group name. */
tapi_long acd_deliver_call(const tapi_wchar *agent, const tapi_wchar *group, tapi_dword waited);
tapi_long acd_end_call(const tapi_wchar *agent, const tapi_wchar *group, tapi_dword wrap_up);

#endif
