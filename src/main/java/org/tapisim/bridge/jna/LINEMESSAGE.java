package org.tapisim.bridge.jna;

import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEMESSAGE} (40 bytes on 64-bit, 24 on 32-bit): one message from {@code
 * lineGetMessage}. The device is a 32-bit handle; the callback instance and the three parameters
 * are pointer-sized. Not thread-safe.
 */
@Structure.FieldOrder({
  "hDevice",
  "dwMessageID",
  "dwCallbackInstance",
  "dwParam1",
  "dwParam2",
  "dwParam3"
})
public class LINEMESSAGE extends Structure {
  /** The line (or other device) the message is about. */
  public int hDevice;

  /** The {@code LINE_*} message. */
  public int dwMessageID;

  /** The instance given to {@code lineOpen}. */
  public DWORD_PTR dwCallbackInstance = new DWORD_PTR();

  /** The first parameter. */
  public DWORD_PTR dwParam1 = new DWORD_PTR();

  /** The second parameter. */
  public DWORD_PTR dwParam2 = new DWORD_PTR();

  /** The third parameter. */
  public DWORD_PTR dwParam3 = new DWORD_PTR();

  /** Creates an empty message. */
  public LINEMESSAGE() {
    super(ALIGN_NONE);
  }
}
