package org.tapisim.bridge.jna;

import java.util.List;

/**
 * TAPI's {@code LINEQUEUELIST} (24-byte header): a group's queues, filled by {@code
 * lineGetQueueList} (TAPI 3.0). Not thread-safe.
 */
public class LINEQUEUELIST extends TapiList {
  /** The size of one {@link LINEQUEUEENTRY}. */
  public static final int ENTRY_SIZE = 12;

  /** Creates a bare header, {@code dwTotalSize} = 24: room for no entry. */
  public LINEQUEUELIST() {
    setTotalSize(size());
  }

  /** Creates the list in a zeroed buffer of {@code totalSize} bytes. */
  public LINEQUEUELIST(int totalSize) {
    super(zeroed(totalSize));
    setTotalSize(totalSize);
  }

  /** Returns the entries; call after {@link #read()}. */
  public List<LINEQUEUEENTRY> entries() {
    return entries(ENTRY_SIZE, LINEQUEUEENTRY::new);
  }

  /** Returns an entry's name, which lies in this list's variable part. */
  public String name(LINEQUEUEENTRY entry) {
    return string(entry.dwNameSize, entry.dwNameOffset);
  }
}
