package org.tapisim.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.tapisim.bridge.jna.StandIn;
import org.tapisim.contract.CallCenterContract;
import org.tapisim.contract.ContractFixture;
import org.tapisim.model.CallCenter;
import org.tapisim.model.SessionId;

/** The call-center contract against {@link Tapi32CallCenter} over the native stand-in. */
class Tapi32CallCenterContractIT extends CallCenterContract {

  @Override
  protected ContractFixture createFixture() {
    StandIn.reset();
    Tapi32CallCenter callCenter =
        Tapi32CallCenter.builder(StandIn.tapi()).replyTimeout(Duration.ofSeconds(10)).open();
    return new ContractFixture() {
      @Override
      public CallCenter callCenter() {
        return callCenter;
      }

      @Override
      public void deliverCall(SessionId session) {
        assertThat(StandIn.deliverCall(session.agent().value(), session.group().value(), 0))
            .as("deliver a call to %s", session)
            .isZero();
      }

      @Override
      public void endCall(SessionId session) {
        assertThat(StandIn.endCall(session.agent().value(), session.group().value(), false))
            .as("end the call of %s", session)
            .isZero();
      }

      @Override
      public void advance(Duration time) {
        assertThat(StandIn.hooks().tapisimStandInAdvanceClock((int) time.toSeconds())).isZero();
      }

      @Override
      public void close() {
        callCenter.close();
      }
    };
  }
}
