package org.tapisim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Passes UTF-8 bytes on to a {@link Writer}, so that byte-oriented output (the event log) goes
 * through the command line's writers. Multi-byte characters split across writes are kept whole. Not
 * thread-safe.
 */
final class WriterOutputStream extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer pending = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  WriterOutputStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    while (length > 0) {
      int n = Math.min(length, pending.remaining());
      pending.put(bytes, offset, n);
      offset += n;
      length -= n;
      decode(false);
    }
  }

  private void decode(boolean end) throws IOException {
    pending.flip();
    while (true) {
      var result = decoder.decode(pending, chars, end);
      chars.flip();
      out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
      chars.clear();
      if (!result.isOverflow()) {
        break;
      }
    }
    pending.compact();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Writes out what is left and flushes; the writer stays open. */
  @Override
  public void close() throws IOException {
    decode(true);
    out.flush();
  }
}
