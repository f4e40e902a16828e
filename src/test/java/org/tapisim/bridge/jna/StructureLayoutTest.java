package org.tapisim.bridge.jna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Native;
import com.sun.jna.Structure;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each structure's size and field offsets, against TAPI.md §4 (pack 1, Win64 layouts). */
class StructureLayoutTest {
  private static final int P = Native.POINTER_SIZE;

  static Stream<Arguments> layouts() {
    return Stream.of(
        layout(
            LINEINITIALIZEEXPARAMS::new,
            16 + P + 4,
            "dwTotalSize",
            0,
            "dwNeededSize",
            4,
            "dwUsedSize",
            8,
            "dwOptions",
            12,
            "hEvent",
            16,
            "dwCompletionKey",
            16 + P),
        layout(
            LINEMESSAGE::new,
            8 + 4 * P,
            "hDevice",
            0,
            "dwMessageID",
            4,
            "dwCallbackInstance",
            8,
            "dwParam1",
            8 + P,
            "dwParam2",
            8 + 2 * P,
            "dwParam3",
            8 + 3 * P),
        layout(
            LINEAGENTSESSIONLIST::new,
            24,
            "dwTotalSize",
            0,
            "dwNeededSize",
            4,
            "dwUsedSize",
            8,
            "dwNumEntries",
            12,
            "dwListSize",
            16,
            "dwListOffset",
            20),
        layout(
            LINEAGENTGROUPLIST::new, 24, "dwNumEntries", 12, "dwListSize", 16, "dwListOffset", 20),
        layout(LINEQUEUELIST::new, 24, "dwNumEntries", 12, "dwListSize", 16, "dwListOffset", 20),
        layout(
            LINEAGENTSESSIONENTRY::new,
            28,
            "hAgentSession",
            0,
            "hAgent",
            4,
            "GroupID",
            8,
            "dwWorkingAddressID",
            24),
        layout(
            LINEAGENTGROUPENTRY::new,
            24,
            "dwGroupID1",
            0,
            "dwGroupID2",
            4,
            "dwGroupID3",
            8,
            "dwGroupID4",
            12,
            "dwNameSize",
            16,
            "dwNameOffset",
            20),
        layout(LINEQUEUEENTRY::new, 12, "dwQueueID", 0, "dwNameSize", 4, "dwNameOffset", 8),
        layout(
            LINEAGENTSESSIONINFO::new,
            76,
            "dwTotalSize",
            0,
            "dwNeededSize",
            4,
            "dwUsedSize",
            8,
            "dwAgentSessionState",
            12,
            "dwNextAgentSessionState",
            16,
            "dateSessionStartTime",
            20,
            "dwSessionDuration",
            28,
            "dwNumberOfCalls",
            32,
            "dwTotalTalkTime",
            36,
            "dwAverageTalkTime",
            40,
            "dwTotalCallTime",
            44,
            "dwAverageCallTime",
            48,
            "dwTotalWrapUpTime",
            52,
            "dwAverageWrapUpTime",
            56,
            "cyACDCallRate",
            60,
            "dwLongestTimeToAnswer",
            68,
            "dwAverageTimeToAnswer",
            72),
        layout(
            LINEAGENTINFO::new,
            56,
            "dwAgentState",
            12,
            "dwNextAgentState",
            16,
            "dwMeasurementPeriod",
            20,
            "cyOverallCallRate",
            24,
            "dwNumberOfACDCalls",
            32,
            "dwNumberOfIncomingCalls",
            36,
            "dwNumberOfOutgoingCalls",
            40,
            "dwTotalACDTalkTime",
            44,
            "dwTotalACDCallTime",
            48,
            "dwTotalACDWrapUpTime",
            52),
        layout(
            LINEAGENTCAPS::new,
            72,
            "dwAgentHandlerInfoSize",
            12,
            "dwAgentHandlerInfoOffset",
            16,
            "dwCapsVersion",
            20,
            "dwFeatures",
            24,
            "dwStates",
            28,
            "dwNextStates",
            32,
            "dwMaxNumGroupEntries",
            36,
            "dwAgentStatusMessages",
            40,
            "dwNumAgentExtensionIDs",
            44,
            "dwAgentExtensionIDListSize",
            48,
            "dwAgentExtensionIDListOffset",
            52,
            "ProxyGUID",
            56),
        layout(
            LINEQUEUEINFO::new,
            52,
            "dwMeasurementPeriod",
            12,
            "dwTotalCallsQueued",
            16,
            "dwCurrentCallsQueued",
            20,
            "dwTotalCallsAbandoned",
            24,
            "dwTotalCallsFlowedIn",
            28,
            "dwTotalCallsFlowedOut",
            32,
            "dwLongestEverWaitTime",
            36,
            "dwCurrentLongestWaitTime",
            40,
            "dwAverageWaitTime",
            44,
            "dwFinalDisposition",
            48),
        layout(GUID::new, 16, "Data1", 0, "Data2", 4, "Data3", 6, "Data4", 8),
        layout(
            LINEEXTENSIONID::new,
            16,
            "dwExtensionID0",
            0,
            "dwExtensionID1",
            4,
            "dwExtensionID2",
            8,
            "dwExtensionID3",
            12));
  }

  private static Arguments layout(Supplier<? extends Structure> make, int size, Object... offsets) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < offsets.length; i += 2) {
      expected.put((String) offsets[i], (Integer) offsets[i + 1]);
    }
    Structure structure = make.get();
    return Arguments.of(structure.getClass().getSimpleName(), structure, size, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void has_the_size_and_offsets_of_tapi_h(
      String name, Structure structure, int size, Map<String, Integer> offsets) throws Exception {
    assertThat(structure.size()).as("sizeof(%s)", name).isEqualTo(size);
    Method fieldOffset = Structure.class.getDeclaredMethod("fieldOffset", String.class);
    fieldOffset.setAccessible(true);
    for (Map.Entry<String, Integer> field : offsets.entrySet()) {
      assertThat(fieldOffset.invoke(structure, field.getKey()))
          .as("offsetof(%s, %s)", name, field.getKey())
          .isEqualTo(field.getValue());
    }
  }

  @Test
  void the_win64_sizes_are_those_of_tapi_md_on_a_64_bit_platform() {
    if (P == 8) {
      assertThat(new LINEMESSAGE().size()).isEqualTo(40);
      assertThat(new LINEINITIALIZEEXPARAMS().size()).isEqualTo(28);
    } else {
      assertThat(new LINEMESSAGE().size()).isEqualTo(24);
      assertThat(new LINEINITIALIZEEXPARAMS().size()).isEqualTo(24);
    }
  }

  @Test
  void session_info_writes_its_unaligned_date_and_currency_where_tapi_reads_them() {
    LINEAGENTSESSIONINFO info = new LINEAGENTSESSIONINFO();
    info.dateSessionStartTime = 45663.375;
    info.cyACDCallRate = 600_000L;
    info.dwAverageTimeToAnswer = 7;
    info.write();

    assertThat(info.getPointer().getInt(0)).isEqualTo(76);
    assertThat(info.getPointer().getDouble(20)).isEqualTo(45663.375);
    assertThat(info.getPointer().getLong(60)).isEqualTo(600_000L);
    assertThat(info.getPointer().getInt(72)).isEqualTo(7);
  }

  @Test
  void a_message_reads_pointer_sized_parameters_and_their_low_32_bits() {
    LINEMESSAGE message = new LINEMESSAGE();
    message.getPointer().setInt(4, Tapi32.LINE_REPLY);
    if (P == 8) {
      message.getPointer().setLong(8 + P, 0x1234_5678_0000_0007L);
      message.getPointer().setLong(8 + 2 * P, 0xFFFF_FFFF_8000_005FL);
    } else {
      message.getPointer().setInt(8 + P, 7);
      message.getPointer().setInt(8 + 2 * P, 0x8000_005F);
    }
    message.read();

    assertThat(message.dwMessageID).isEqualTo(Tapi32.LINE_REPLY);
    assertThat(message.dwParam1.low32()).isEqualTo(7);
    assertThat(message.dwParam2.low32()).isEqualTo(0x8000_005F);
  }

  @Test
  void a_list_reads_its_entries_and_names_from_its_own_buffer() {
    LINEQUEUELIST list = new LINEQUEUELIST(64);
    list.data().setInt(12, 1);
    list.data().setInt(16, 12);
    list.data().setInt(20, 24);
    list.data().setInt(24, 9);
    list.data().setInt(28, 12);
    list.data().setInt(32, 36);
    byte[] name = "sales\0".getBytes(StandardCharsets.UTF_16LE);
    list.data().write(36, name, 0, name.length);
    list.read();

    LINEQUEUEENTRY entry = list.entries().get(0);
    assertThat(list.dwTotalSize).isEqualTo(64);
    assertThat(entry.dwQueueID).isEqualTo(9);
    assertThat(list.name(entry)).isEqualTo("sales");
  }

  @Test
  void a_list_whose_entries_lie_outside_its_buffer_is_refused() {
    LINEQUEUELIST list = new LINEQUEUELIST(30);
    list.data().setInt(12, 2);
    list.data().setInt(20, 24);
    list.read();

    assertThatThrownBy(list::entries).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_guid_keeps_its_bytes_in_memory_order() {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 16; i++) {
      bytes[i] = (byte) (i + 1);
    }
    assertThat(GUID.ofBytes(bytes).bytes()).containsExactly(bytes);
  }

  @Test
  void utf16_strings_are_two_bytes_per_unit_with_a_nul() {
    var memory = Utf16.toNative("é€");
    assertThat(memory.size()).isEqualTo(6);
    assertThat(Utf16.read(memory, 0, 6)).isEqualTo("é€");
    assertThat(Utf16.read(memory, 0, 0)).isEmpty();
    assertThat(Utf16.toNative(null)).isNull();
  }
}
