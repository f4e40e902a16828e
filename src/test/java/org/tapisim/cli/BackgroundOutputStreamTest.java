package org.tapisim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The event log's background writer keeps the bytes, their order, and reports failures. */
class BackgroundOutputStreamTest {

  @Test
  void every_byte_arrives_in_order_and_close_closes_the_stream() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream sink =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    BackgroundOutputStream stream = new BackgroundOutputStream(sink, "test-writer");
    byte[] block = new byte[1000];
    for (int i = 0; i < 500; i++) {
      java.util.Arrays.fill(block, (byte) i);
      stream.write(block, i % 7, 1000 - i % 7);
      expected.write(block, i % 7, 1000 - i % 7);
      stream.write('\n');
      expected.write('\n');
    }

    stream.close();
    stream.close();

    assertThat(sink.toByteArray()).isEqualTo(expected.toByteArray());
    assertThat(closed).isTrue();
  }

  @Test
  void flush_returns_once_everything_handed_over_is_written() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (BackgroundOutputStream stream = new BackgroundOutputStream(sink, "test-writer")) {
      stream.write("one line\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

      stream.flush();

      assertThat(sink.toString(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("one line\n");
    }
  }

  @Test
  void a_failed_write_is_reported_by_a_later_call_and_by_close() throws IOException {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    BackgroundOutputStream stream = new BackgroundOutputStream(full, "test-writer");
    stream.write(new byte[] {1, 2, 3}, 0, 3);

    assertThatThrownBy(stream::flush).hasMessage("No space left on device");
    assertThatThrownBy(stream::close).hasMessage("No space left on device");
    assertThatThrownBy(() -> stream.write(1)).isInstanceOf(IOException.class);
  }
}
