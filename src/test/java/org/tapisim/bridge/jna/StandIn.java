package org.tapisim.bridge.jna;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;

/**
 * The native stand-in for the integration tests: where it is, whether it was built, and its binding
 * and hooks. Without it the tests are skipped with one line, except on CI (environment {@code
 * CI=true}), where a missing stand-in fails them.
 */
public final class StandIn {
  private static Tapi32 tapi;
  private static StandInHooks hooks;

  private StandIn() {}

  /** Returns the stand-in's path: {@code tapisim.nativeLibrary}, else target/native. */
  public static Path library() {
    String property = System.getProperty("tapisim.nativeLibrary");
    return Path.of(property != null ? property : "target/native/libtapi32.so").toAbsolutePath();
  }

  /** Tells whether the tests run against the real tapi32 ({@code -Dtapisim.realTapi=true}). */
  public static boolean realTapi() {
    return Boolean.getBoolean("tapisim.realTapi");
  }

  /** Skips the calling test when it runs against the real tapi32: it needs the stand-in. */
  public static void assumeStandIn() {
    Assumptions.assumeFalse(realTapi(), "needs the native stand-in's hooks, not the real tapi32");
    assumeBuilt();
  }

  /** Skips the calling test (fails it on CI) unless the stand-in was built. */
  public static void assumeBuilt() {
    if (realTapi()) {
      return;
    }
    Path library = library();
    if (Files.isRegularFile(library)) {
      return;
    }
    String why = "native stand-in not built (" + library + "): no C compiler? bridge tests need it";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(why + " and CI must run them");
    }
    Assumptions.assumeTrue(false, why);
    throw new TestAbortedException(why);
  }

  /** Returns the binding of the stand-in, loaded once. */
  public static synchronized Tapi32 tapi() {
    assumeBuilt();
    if (tapi == null) {
      tapi = realTapi() ? Tapi32Loader.loadDefault() : Tapi32Loader.load(library());
    }
    return tapi;
  }

  /** Returns the stand-in's hooks, loaded once. */
  public static synchronized StandInHooks hooks() {
    assumeStandIn();
    if (hooks == null) {
      hooks = Tapi32Loader.load(library().toString(), StandInHooks.class, "(hooks)");
    }
    return hooks;
  }

  /** Restores the stand-in's built-in ACD and forgets every application. */
  public static void reset() {
    if (realTapi()) {
      return;
    }
    assertThat(hooks().tapisimStandInReset()).isZero();
  }

  /** Delivers an ACD call to the agent's session in the group. */
  public static int deliverCall(String agent, String group, int waitedSeconds) {
    return hooks()
        .tapisimStandInDeliverCall(Utf16.toNative(agent), Utf16.toNative(group), waitedSeconds);
  }

  /** Ends the call of the agent's session in the group. */
  public static int endCall(String agent, String group, boolean wrapUp) {
    return hooks()
        .tapisimStandInEndCall(Utf16.toNative(agent), Utf16.toNative(group), wrapUp ? 1 : 0);
  }
}
