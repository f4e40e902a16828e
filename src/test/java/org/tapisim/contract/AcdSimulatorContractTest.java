package org.tapisim.contract;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.acd.Call;
import org.tapisim.model.CallCenter;
import org.tapisim.model.SessionId;

/** The call-center contract, run against the simulated switch. */
class AcdSimulatorContractTest extends CallCenterContract {

  @Override
  protected ContractFixture createFixture() {
    AcdSimulator sim =
        AcdSimulator.builder()
            .group("sales")
            .group("support")
            .agent("alice", "sales", "support")
            .agent("bob", "sales")
            .agent("carol", "support")
            .build();
    return new ContractFixture() {
      private final Map<SessionId, Call> calls = new HashMap<>();

      @Override
      public CallCenter callCenter() {
        return sim;
      }

      @Override
      public void deliverCall(SessionId session) {
        calls.put(session, sim.offerCallTo(session.toString(), Duration.ofHours(1)));
      }

      @Override
      public void endCall(SessionId session) {
        sim.hangup(calls.remove(session));
      }

      @Override
      public void advance(Duration time) {
        sim.advance(time);
      }

      @Override
      public void close() {
        sim.close();
      }
    };
  }
}
