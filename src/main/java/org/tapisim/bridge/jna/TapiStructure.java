package org.tapisim.bridge.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * The common head of TAPI's variable-size structures: {@code dwTotalSize} (set by the caller),
 * {@code dwNeededSize} and {@code dwUsedSize} (set by TAPI), byte-packed like all of tapi.h.
 *
 * <p>A structure made with a byte count sits at the start of a buffer of that many bytes, so TAPI
 * can write variable data (strings, list entries) after the fixed part; {@link #data()} reaches the
 * whole buffer. Not thread-safe.
 */
@Structure.FieldOrder({"dwTotalSize", "dwNeededSize", "dwUsedSize"})
public abstract class TapiStructure extends Structure {
  /** Bytes the caller allocated. */
  public int dwTotalSize;

  /** Bytes TAPI needs for everything; more than {@code dwTotalSize} means "grow and call again". */
  public int dwNeededSize;

  /** Bytes TAPI actually filled in. */
  public int dwUsedSize;

  private final Memory buffer;

  /** Creates the structure in memory of its own fixed size. */
  protected TapiStructure() {
    super(ALIGN_NONE);
    this.buffer = null;
  }

  /** Creates the structure at the start of {@code buffer}, which may be larger than it. */
  protected TapiStructure(Memory buffer) {
    super(buffer, ALIGN_NONE);
    this.buffer = buffer;
  }

  /** Returns zeroed native memory of {@code size} bytes, for the buffer constructors. */
  protected static Memory zeroed(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("buffer size must be positive: " + size);
    }
    Memory memory = new Memory(size);
    memory.clear();
    return memory;
  }

  /** Sets {@code dwTotalSize} in the field and in native memory. */
  protected final void setTotalSize(int totalSize) {
    dwTotalSize = totalSize;
    writeField("dwTotalSize");
  }

  /** Returns the whole buffer the structure sits in, variable part included. */
  public Pointer data() {
    return buffer != null ? buffer : getPointer();
  }

  /** Returns the bytes available to TAPI: the buffer's size. */
  public int capacity() {
    return buffer != null ? (int) buffer.size() : size();
  }

  /** Tells whether TAPI said it needs more room than the caller gave ({@code dwNeededSize}). */
  public boolean isTruncated() {
    return Integer.compareUnsigned(dwNeededSize, dwTotalSize) > 0;
  }

  /**
   * Reads a string of the variable part, given as its size and offset from the structure's start.
   */
  public String string(int size, int offset) {
    return Utf16.read(data(), offset, size);
  }
}
