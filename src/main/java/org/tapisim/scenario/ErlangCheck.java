package org.tapisim.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tapisim.acd.AgentConfig;
import org.tapisim.acd.Distribution;
import org.tapisim.acd.GroupConfig;
import org.tapisim.acd.RateSegment;
import org.tapisim.acd.Traffic;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.AgentId;
import org.tapisim.model.GroupId;
import org.tapisim.model.QueueId;
import org.tapisim.scenario.erlang.Erlang;
import org.tapisim.scenario.erlang.ErlangFormula;
import org.tapisim.scenario.erlang.ErlangModel;
import org.tapisim.scenario.erlang.ErlangPrediction;
import org.tapisim.scenario.output.ErlangFigures;

/**
 * Finds the groups of a scenario that Erlang C or Erlang A describe exactly, and predicts their
 * KPIs, for the summary to print beside the simulated values.
 *
 * <p>A group qualifies when one traffic stream feeds it at a constant Poisson rate from the start,
 * with exponential talk and exponential or no patience; it has no wrap-up and no queue limit; and
 * its agents are READY from the start, go back to READY by themselves after each call, belong to no
 * other group, and no timeline step touches them or places calls into the group. Erlang C without
 * patience is only predicted when it is stable (offered load below the number of agents).
 */
public final class ErlangCheck {
  private ErlangCheck() {}

  /**
   * Returns the predictions for each qualifying group's queue, in the scenario's group order, as
   * the run summary carries them.
   */
  public static Map<QueueId, ErlangFigures> figures(Scenario scenario) {
    Map<QueueId, ErlangFigures> figures = new LinkedHashMap<>();
    predictions(scenario)
        .forEach(
            (group, pair) ->
                figures.put(
                    QueueId.of(group.value()),
                    new ErlangFigures(
                        pair.prediction().formula() == ErlangFormula.ERLANG_C
                            ? ErlangFigures.Model.C
                            : ErlangFigures.Model.A,
                        pair.prediction().offeredLoad(),
                        pair.model().agents(),
                        pair.prediction().pWait(),
                        pair.prediction().asaSeconds(),
                        pair.prediction().serviceLevel(),
                        pair.prediction().pAbandon(),
                        pair.prediction().occupancy())));
    return figures;
  }

  /** A qualifying group's model and what the formulas predict for it. */
  public record Prediction(ErlangModel model, ErlangPrediction prediction) {}

  /** Returns the model and prediction for each qualifying group, in the scenario's group order. */
  public static Map<GroupId, Prediction> predictions(Scenario scenario) {
    Map<GroupId, Prediction> predictions = new LinkedHashMap<>();
    Set<AgentId> touched = touchedAgents(scenario.timeline());
    Set<GroupId> scriptedCalls = new HashSet<>();
    for (TimelineStep step : scenario.timeline()) {
      if (step.action() instanceof TimelineStep.PlaceCall call) {
        scriptedCalls.add(call.group());
      }
    }
    for (GroupConfig group : scenario.groups()) {
      model(scenario, group, touched, scriptedCalls)
          .flatMap(ErlangCheck::predict)
          .ifPresent(prediction -> predictions.put(group.id(), prediction));
    }
    return predictions;
  }

  /**
   * Predicts a qualifying group; callers so patient that Erlang A's series cannot be summed get no
   * prediction rather than stopping the run.
   */
  private static Optional<Prediction> predict(ErlangModel model) {
    boolean summable =
        model
            .meanPatience()
            .map(
                patience ->
                    model.arrivalsPerHour() / 3600 * patience.toNanos() / 1e9
                        <= Erlang.MAX_ARRIVALS_PER_PATIENCE)
            .orElse(true);
    return summable
        ? Erlang.predict(model).map(prediction -> new Prediction(model, prediction))
        : Optional.empty();
  }

  private static Optional<ErlangModel> model(
      Scenario scenario, GroupConfig group, Set<AgentId> touched, Set<GroupId> scriptedCalls) {
    if (!(group.wrapup() instanceof Wrapup.None)
        || group.capacity() != GroupConfig.UNLIMITED
        || scriptedCalls.contains(group.id())) {
      return Optional.empty();
    }
    List<Traffic> streams =
        scenario.traffic().stream().filter(t -> t.group().equals(group.id())).toList();
    if (streams.size() != 1) {
      return Optional.empty();
    }
    Traffic traffic = streams.get(0);
    if (traffic.rates().size() != 1
        || !(traffic.talk() instanceof Distribution.Exponential talk)
        || (traffic.patience() != null
            && !(traffic.patience() instanceof Distribution.Exponential))) {
      return Optional.empty();
    }
    RateSegment rate = traffic.rates().get(0);
    if (!rate.from().isZero() || rate.perHour() <= 0) {
      return Optional.empty();
    }
    int agents = 0;
    for (AgentConfig agent : scenario.agents()) {
      if (!agent.groups().contains(group.id())) {
        continue;
      }
      if (agent.groups().size() != 1
          || agent.start() != AgentConfig.Start.READY
          || !agent.autoReady()
          || touched.contains(agent.id())) {
        return Optional.empty();
      }
      agents++;
    }
    if (agents == 0) {
      return Optional.empty();
    }
    ErlangModel model =
        ErlangModel.of(rate.perHour(), talk.mean(), agents, group.serviceLevelThreshold());
    if (traffic.patience() != null) {
      Duration patience = traffic.patience().mean();
      model = model.withMeanPatience(patience);
    }
    return Optional.of(model);
  }

  private static Set<AgentId> touchedAgents(List<TimelineStep> timeline) {
    Set<AgentId> touched = new HashSet<>();
    for (TimelineStep step : timeline) {
      TimelineStep.Action action = step.action();
      if (action instanceof TimelineStep.Login a) {
        touched.addAll(a.agents());
      } else if (action instanceof TimelineStep.Logout a) {
        touched.addAll(a.agents());
      } else if (action instanceof TimelineStep.Ready a) {
        touched.addAll(a.agents());
      } else if (action instanceof TimelineStep.NotReady a) {
        touched.addAll(a.agents());
      } else if (action instanceof TimelineStep.SetState a) {
        touched.add(a.session().agent());
      }
    }
    return touched;
  }
}
