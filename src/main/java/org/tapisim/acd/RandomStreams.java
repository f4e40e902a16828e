package org.tapisim.acd;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Named, independent random streams derived from one seed: the same seed and name always give the
 * same stream, and streams with different names do not affect each other. Immutable and thread-safe
 * (the streams it returns are not).
 *
 * @param seed the seed every stream derives from
 */
public record RandomStreams(long seed) {

  /** Returns a new stream for {@code name}, e.g. {@code traffic/0/arrivals}. */
  public SplittableRandom stream(String name) {
    long hash = 0xcbf29ce484222325L; // 64-bit FNV-1a over the UTF-8 name
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return new SplittableRandom(mix(seed ^ mix(hash)));
  }

  /** The SplitMix64 finaliser: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
