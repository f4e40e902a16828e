package org.tapisim.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.tapisim.bridge.jna.StandIn;
import org.tapisim.contract.CallCenterContract;
import org.tapisim.contract.ContractFixture;
import org.tapisim.model.CallCenter;
import org.tapisim.model.SessionId;

/**
 * The call-center contract against {@link Tapi32CallCenter} over the native stand-in; with {@code
 * -Dtapisim.realTapi=true}, against the real tapi32's line {@code tapisim.deviceId} (default 0),
 * where the tests that need the switch's side (calls, time) are skipped.
 */
class Tapi32CallCenterContractIT extends CallCenterContract {

  @Override
  protected ContractFixture createFixture() {
    StandIn.reset();
    Tapi32CallCenter callCenter =
        Tapi32CallCenter.builder(StandIn.tapi())
            .deviceId(Integer.getInteger("tapisim.deviceId", 0))
            .replyTimeout(Duration.ofSeconds(10))
            .open();
    return new ContractFixture() {
      @Override
      public CallCenter callCenter() {
        return callCenter;
      }

      @Override
      public void deliverCall(SessionId session) {
        StandIn.assumeStandIn();
        assertThat(StandIn.deliverCall(session.agent().value(), session.group().value(), 0))
            .as("deliver a call to %s", session)
            .isZero();
      }

      @Override
      public void endCall(SessionId session) {
        StandIn.assumeStandIn();
        assertThat(StandIn.endCall(session.agent().value(), session.group().value(), false))
            .as("end the call of %s", session)
            .isZero();
      }

      @Override
      public void advance(Duration time) {
        StandIn.assumeStandIn();
        assertThat(StandIn.hooks().tapisimStandInAdvanceClock((int) time.toSeconds())).isZero();
      }

      @Override
      public void close() {
        callCenter.close();
      }
    };
  }
}
