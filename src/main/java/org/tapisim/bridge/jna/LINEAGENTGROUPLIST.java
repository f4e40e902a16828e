package org.tapisim.bridge.jna;

import java.util.List;

/**
 * TAPI's {@code LINEAGENTGROUPLIST} (24-byte header): the ACD groups, filled by {@code
 * lineGetGroupList}. Not thread-safe.
 */
public class LINEAGENTGROUPLIST extends TapiList {
  /** The size of one {@link LINEAGENTGROUPENTRY}. */
  public static final int ENTRY_SIZE = 24;

  /** Creates a bare header, {@code dwTotalSize} = 24: room for no entry. */
  public LINEAGENTGROUPLIST() {
    setTotalSize(size());
  }

  /** Creates the list in a zeroed buffer of {@code totalSize} bytes. */
  public LINEAGENTGROUPLIST(int totalSize) {
    super(zeroed(totalSize));
    setTotalSize(totalSize);
  }

  /** Returns the entries; call after {@link #read()}. */
  public List<LINEAGENTGROUPENTRY> entries() {
    return entries(ENTRY_SIZE, LINEAGENTGROUPENTRY::new);
  }

  /** Returns an entry's name, which lies in this list's variable part. */
  public String name(LINEAGENTGROUPENTRY entry) {
    return string(entry.dwNameSize, entry.dwNameOffset);
  }
}
