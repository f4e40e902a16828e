package org.tapisim.bridge.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEQUEUEENTRY} (12 bytes): one queue in a {@link LINEQUEUELIST}; the name lies in
 * the list's variable part. Not thread-safe.
 */
@Structure.FieldOrder({"dwQueueID", "dwNameSize", "dwNameOffset"})
public class LINEQUEUEENTRY extends Structure {
  /** The queue's ID. */
  public int dwQueueID;

  /** The name's size in bytes, its NUL included. */
  public int dwNameSize;

  /** The name's offset from the start of the list. */
  public int dwNameOffset;

  /** Creates an empty entry. */
  public LINEQUEUEENTRY() {
    super(ALIGN_NONE);
  }

  /** Reads the entry at {@code memory}. */
  public LINEQUEUEENTRY(Pointer memory) {
    super(memory, ALIGN_NONE);
    read();
  }
}
