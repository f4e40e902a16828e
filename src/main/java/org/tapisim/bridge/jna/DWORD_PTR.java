package org.tapisim.bridge.jna;

import com.sun.jna.IntegerType;
import com.sun.jna.Native;

/**
 * TAPI's {@code DWORD_PTR}: an unsigned integer as wide as a pointer (64 bits on 64-bit platforms,
 * 32 bits on 32-bit ones), used by {@link LINEMESSAGE}'s parameters and {@code lineOpen}'s callback
 * instance. Not thread-safe (it is a mutable JNA value).
 */
public final class DWORD_PTR extends IntegerType {
  private static final long serialVersionUID = 1L;

  /** Creates a zero value. */
  public DWORD_PTR() {
    this(0);
  }

  /** Creates a value; only the low {@link Native#POINTER_SIZE} bytes are kept. */
  public DWORD_PTR(long value) {
    super(Native.POINTER_SIZE, value, true);
  }

  /**
   * Returns the low 32 bits, the way TAPI packs a {@code DWORD} or a {@code LONG} result
   * (LINE_REPLY) into a pointer-sized parameter.
   */
  public int low32() {
    return (int) longValue();
  }
}
