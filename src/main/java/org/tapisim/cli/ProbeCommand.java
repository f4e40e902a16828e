package org.tapisim.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tapisim.acd.Durations;
import org.tapisim.bridge.Tapi32CallCenter;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentHandler;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.Queue;
import org.tapisim.model.QueueStatistics;
import org.tapisim.model.TapiException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tapisim probe}: shows what a tapi32 line's ACD offers, through the bridge. */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description = {
      "Shows a TAPI line's ACD: handler, groups, queues and named agents.",
      "It goes through the JNA bridge to tapi32 and lists the named agents' sessions and states.",
      "TAPI cannot list agents: name them with --agent (a switch may create an unknown ID)."
    })
final class ProbeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin BridgeOptions bridge;

  @Option(names = "--agent", paramLabel = "ID", description = "An agent to look up (repeatable).")
  List<String> agents = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Tapi32CallCenter callCenter = bridge.open("probe", Clock.systemUTC())) {
      out.printf(
          Locale.ROOT,
          "%s, line device %d, TAPI %d.%d%n",
          bridge.describe(),
          callCenter.deviceId(),
          callCenter.apiVersion() >>> 16,
          callCenter.apiVersion() & 0xFFFF);
      for (AgentHandler handler : callCenter.agentHandlers()) {
        out.println("agent handler: " + handler.name());
        for (AcdGroup group : handler.groups()) {
          out.println("  group " + group.name());
          for (Queue queue : group.queues()) {
            out.println("    queue " + queue.name() + ": " + describe(queue.statistics()));
          }
        }
        if (agents.isEmpty()) {
          out.println("  agents: none named (TAPI cannot list agents; add --agent ID)");
        }
        for (String id : agents) {
          Agent agent = handler.createAgent(AgentId.of(id), "");
          out.println("  agent " + agent.id() + ": " + agent.state());
          for (AgentSession session : agent.sessions()) {
            out.println(
                "    session "
                    + session.id()
                    + ": "
                    + session.state()
                    + session.nextState().map(next -> " (next " + next + ")").orElse(""));
          }
        }
      }
    } catch (TapiException e) {
      throw new BadInputException("probe: " + e.getMessage().replaceAll("\\s+", " "));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("probe: --agent: " + e.getMessage());
    }
    out.flush();
    return Main.OK;
  }

  private static String describe(QueueStatistics s) {
    return String.format(
        Locale.ROOT,
        "%d waiting, %d queued and %d abandoned in the period, longest wait %s",
        s.currentCallsQueued(),
        s.totalCallsQueued(),
        s.totalCallsAbandoned(),
        Durations.format(s.longestEverWaitTime()));
  }
}
