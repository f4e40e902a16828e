package org.tapisim.bridge.jna;

import java.util.List;

/**
 * TAPI's {@code LINEAGENTSESSIONLIST} (24-byte header): an agent's sessions, filled by {@code
 * lineGetAgentSessionList}. Not thread-safe.
 */
public class LINEAGENTSESSIONLIST extends TapiList {
  /** The size of one {@link LINEAGENTSESSIONENTRY}. */
  public static final int ENTRY_SIZE = 28;

  /** Creates a bare header, {@code dwTotalSize} = 24: room for no entry. */
  public LINEAGENTSESSIONLIST() {
    setTotalSize(size());
  }

  /** Creates the list in a zeroed buffer of {@code totalSize} bytes. */
  public LINEAGENTSESSIONLIST(int totalSize) {
    super(zeroed(totalSize));
    setTotalSize(totalSize);
  }

  /** Returns the entries; call after {@link #read()}. */
  public List<LINEAGENTSESSIONENTRY> entries() {
    return entries(ENTRY_SIZE, LINEAGENTSESSIONENTRY::new);
  }
}
