package org.tapisim.bridge.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The 24-byte head shared by TAPI's list structures ({@code LINEAGENTSESSIONLIST}, {@code
 * LINEAGENTGROUPLIST}, {@code LINEQUEUELIST}): the variable-size header, then the number of entries
 * and where their array lies. Not thread-safe.
 */
@Structure.FieldOrder({"dwNumEntries", "dwListSize", "dwListOffset"})
public abstract class TapiList extends TapiStructure {
  /** How many entries the list holds. */
  public int dwNumEntries;

  /** The bytes of the entry array (entries × entry size). */
  public int dwListSize;

  /** Where the entry array starts, from the start of the list. */
  public int dwListOffset;

  /** Creates an empty list header in memory of its own. */
  protected TapiList() {}

  /** Creates the list at the start of {@code buffer}. */
  protected TapiList(Memory buffer) {
    super(buffer);
  }

  /**
   * Returns the entries, each read over the list's buffer.
   *
   * @param entrySize the size of one entry
   * @param entryAt makes an entry structure over the memory of one entry
   * @throws IllegalStateException if the entry array does not lie inside the buffer
   */
  protected <E extends Structure> List<E> entries(int entrySize, Function<Pointer, E> entryAt) {
    long end = Integer.toUnsignedLong(dwListOffset) + (long) dwNumEntries * entrySize;
    if (dwNumEntries < 0 || dwListOffset < 0 || end > capacity()) {
      throw new IllegalStateException(
          dwNumEntries + " entries at offset " + dwListOffset + " do not fit in " + capacity());
    }
    List<E> entries = new ArrayList<>(dwNumEntries);
    for (int i = 0; i < dwNumEntries; i++) {
      entries.add(entryAt.apply(data().share(dwListOffset + (long) i * entrySize)));
    }
    return entries;
  }
}
