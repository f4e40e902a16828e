package org.tapisim.bridge;

/** Where the call center's line stands. */
enum LineState {
  /** Requests go to TAPI. */
  OPEN,
  /** TAPI closed the line (LINE_CLOSE); requests fail with INVALLINEHANDLE. */
  CLOSED_BY_TAPI,
  /** The message pump stopped on an error; requests fail with OPERATIONFAILED. */
  BROKEN,
  /** The application closed the call center; requests fail with UNINITIALIZED. */
  CLOSED
}
