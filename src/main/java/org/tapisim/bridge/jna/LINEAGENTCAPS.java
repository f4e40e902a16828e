package org.tapisim.bridge.jna;

import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEAGENTCAPS} (72-byte fixed part): what an agent handler can do, filled by {@code
 * lineGetAgentCaps}; its name or version string lies in the variable part. Not thread-safe.
 */
@Structure.FieldOrder({
  "dwAgentHandlerInfoSize",
  "dwAgentHandlerInfoOffset",
  "dwCapsVersion",
  "dwFeatures",
  "dwStates",
  "dwNextStates",
  "dwMaxNumGroupEntries",
  "dwAgentStatusMessages",
  "dwNumAgentExtensionIDs",
  "dwAgentExtensionIDListSize",
  "dwAgentExtensionIDListOffset",
  "ProxyGUID"
})
public class LINEAGENTCAPS extends TapiStructure {
  /** The handler's name or version string: size in bytes, NUL included. */
  public int dwAgentHandlerInfoSize;

  /** The handler's string: offset from the start of the structure. */
  public int dwAgentHandlerInfoOffset;

  /** The version these capabilities follow, no higher than the application's. */
  public int dwCapsVersion;

  /** {@code LINEAGENTFEATURE_*} bits. */
  public int dwFeatures;

  /** {@code LINEAGENTSTATE_*} (TAPI 2.0) states the handler supports. */
  public int dwStates;

  /** {@code LINEAGENTSTATE_*} next states the handler supports. */
  public int dwNextStates;

  /** The most groups an agent may be in at once. */
  public int dwMaxNumGroupEntries;

  /** {@code LINEAGENTSTATUS_*} messages the handler sends. */
  public int dwAgentStatusMessages;

  /** How many agent extensions there are. */
  public int dwNumAgentExtensionIDs;

  /** The extension ID array: size in bytes. */
  public int dwAgentExtensionIDListSize;

  /** The extension ID array: offset from the start of the structure. */
  public int dwAgentExtensionIDListOffset;

  /** The proxy's GUID (TAPI 2.2 and later). */
  public GUID ProxyGUID = new GUID();

  /** Creates the fixed part alone, {@code dwTotalSize} = 72: no room for the handler's string. */
  public LINEAGENTCAPS() {
    setTotalSize(size());
  }

  /** Creates the structure in a zeroed buffer of {@code totalSize} bytes. */
  public LINEAGENTCAPS(int totalSize) {
    super(zeroed(totalSize));
    setTotalSize(totalSize);
  }

  /** Returns the handler's name or version string; call after {@link #read()}. */
  public String agentHandlerInfo() {
    return string(dwAgentHandlerInfoSize, dwAgentHandlerInfoOffset);
  }
}
