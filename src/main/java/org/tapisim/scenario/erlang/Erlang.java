package org.tapisim.scenario.erlang;

import java.time.Duration;
import java.util.Optional;

/**
 * The Erlang B, Erlang C and Erlang A formulas: steady-state predictions for a queue described by
 * an {@link ErlangModel}.
 *
 * <p>All computations are in log space with recursions and series of positive terms, and the one
 * subtraction left (in the Erlang A service level) is taken only where the two terms differ by a
 * fair share, so nothing overflows and no digits cancel: tens of thousands of agents, loads within
 * a hair of the number of agents and patience from nanoseconds to centuries all work. The cost is
 * one pass of c steps for Erlang B plus, for Erlang A, series of a few times √(λ × patience) terms:
 * microseconds for a hundred agents, well under a millisecond for ten thousand with patience of
 * minutes.
 *
 * <p>Stateless and thread-safe.
 */
public final class Erlang {

  /**
   * The largest λ × mean patience (calls arriving during one mean patience) that {@link #a}
   * accepts: its series have a few times the square root of it terms, so this bounds the work to
   * about a tenth of a second. Beyond it callers are so patient that they practically never
   * abandon.
   */
  public static final double MAX_ARRIVALS_PER_PATIENCE = 1e12;

  private Erlang() {}

  /**
   * Returns the Erlang B blocking probability B(A, c) = (A^c / c!) / Σ_{n=0..c} A^n / n!: the share
   * of calls an M/M/c/c loss system (c lines, no queue) blocks.
   *
   * <p>Computed with the inverse recursion 1/B(k) = 1 + (k/A) / B(k − 1) carried in log space, so
   * it never overflows; every step adds only positive terms, so the relative error is at most a few
   * ulps per line (in practice about 1e-12 at 100,000 lines); results below the smallest double are
   * 0.
   *
   * @param erlangs the offered load A in Erlangs, finite and not negative
   * @param lines the number of lines c, not negative
   * @return the blocking probability in [0, 1]: 1 for no lines, 0 for no load and some lines
   * @throws IllegalArgumentException if the load is negative, infinite or NaN, or lines is negative
   */
  public static double blocking(double erlangs, int lines) {
    if (!(erlangs >= 0) || Double.isInfinite(erlangs)) {
      throw new IllegalArgumentException(
          "offered load must be a finite number of Erlangs, not negative, was " + erlangs);
    }
    if (lines < 0) {
      throw new IllegalArgumentException("lines must not be negative, was " + lines);
    }
    return ErlangB.blocking(erlangs, lines);
  }

  /**
   * Returns the Erlang C prediction (M/M/c, FIFO, callers who never abandon), or empty when the
   * queue has no steady state.
   *
   * <p>With A = λ/μ, ρ = A/c and R = 1/B(A, c) − 1 (Erlang B):
   *
   * <ul>
   *   <li>P(W &gt; 0) = C(A, c) = 1 / (1 + (1 − ρ) R)
   *   <li>ASA = E[W] = C / (c μ − λ) = C × AHT / (c − A)
   *   <li>service level = P(W ≤ T) = 1 − C e^(−(c − A) T / AHT), computed as (1 − C) + C (1 −
   *       e^(...)) so that no digits cancel
   *   <li>occupancy = ρ; P(abandon) = 0; average wait = ASA
   * </ul>
   *
   * <p><b>Unstable queues:</b> when A ≥ c the queue grows without bound, waits have no finite mean
   * and the service level tends to 0 over time; there is no steady state to predict, so the result
   * is {@link Optional#empty()} rather than infinities that JSON cannot carry.
   *
   * @param model a model without patience
   * @return the prediction, or empty when the offered load is at least the number of agents
   * @throws IllegalArgumentException if the model has a mean patience (use {@link #a}, {@link
   *     #predict} or {@link ErlangModel#withoutPatience()})
   */
  public static Optional<ErlangPrediction> c(ErlangModel model) {
    model
        .meanPatience()
        .ifPresent(
            patience -> {
              throw new IllegalArgumentException(
                  "Erlang C is for callers who never abandon, but the model has a mean patience of "
                      + patience
                      + "; use Erlang.a or Erlang.predict, or model.withoutPatience()");
            });
    double load = model.offeredLoad();
    int agents = model.agents();
    if (load >= agents) {
      return Optional.empty();
    }
    double handleSeconds = ErlangModel.seconds(model.meanHandleTime());
    double thresholdSeconds = ErlangModel.seconds(model.serviceLevelThreshold());
    double spare = agents - load;
    double logSpareTimesR =
        Math.log(spare / agents) + ErlangB.logInverseMinusOne(load, agents); // ln((1 − ρ) R)
    double pWait = LogMath.logistic(-logSpareTimesR);
    double pNoWait = LogMath.logistic(logSpareTimesR);
    double asa = pWait * handleSeconds / spare;
    double serviceLevel = pNoWait + pWait * -Math.expm1(-spare * thresholdSeconds / handleSeconds);
    return Optional.of(
        new ErlangPrediction(
            ErlangFormula.ERLANG_C,
            load,
            pWait,
            asa,
            Math.min(1, serviceLevel), // the sum of two rounded terms may exceed 1 by an ulp
            0,
            load / agents,
            asa));
  }

  /**
   * Returns the Erlang A prediction (M/M/c+M: FIFO, callers abandon after an exponential patience
   * of mean 1/θ), following Garnett, Mandelbaum and Reiman (2002) and Mandelbaum and Zeltyn (2004).
   *
   * <p>With x = c μ / θ, y = λ / θ, R = 1/B(A, c) − 1 (Erlang B) and S = Σ_{q≥0} Π_{k=1..q} y / (x
   * + k) (their A(x, y)), the probability that all agents are busy is π_c = 1 / (R + S), and per
   * arriving call:
   *
   * <ul>
   *   <li>P(W &gt; 0) = S / (R + S)
   *   <li>P(abandon) = π_c Σ_q t_q (q + 1)/(x + q + 1), a call with q ahead being served with
   *       probability x/(x + q + 1)
   *   <li>ASA = E[W | served] = E[W 1{served}] / (1 − P(abandon))
   *   <li>service level = P(served and W ≤ T), from the virtual-wait density c μ π_c exp(y (1 −
   *       e^(−θ v)) − c μ v): in closed form through the lower series when little of the wait lies
   *       beyond T, through Legendre's continued fraction for Γ(x + 1, ·) when most of it does
   *       (overload), so that the result never is a difference of nearly equal numbers
   *   <li>occupancy = A (1 − P(abandon)) / c, the carried load per agent
   *   <li>average wait = E[W] over all calls = P(abandon) / θ (Little's law for the queue)
   * </ul>
   *
   * <p>Erlang A is stable for every load: abandonment bounds the queue.
   *
   * @param model a model with a mean patience
   * @return the prediction
   * @throws IllegalArgumentException if the model has no mean patience (use {@link #c} or {@link
   *     #predict}), or if λ × mean patience exceeds {@link #MAX_ARRIVALS_PER_PATIENCE}
   */
  public static ErlangPrediction a(ErlangModel model) {
    Duration patience =
        model
            .meanPatience()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Erlang A needs a mean patience, but the model has none; use Erlang.c or"
                            + " Erlang.predict, or model.withMeanPatience(...)"));
    double handleSeconds = ErlangModel.seconds(model.meanHandleTime());
    double patienceSeconds = ErlangModel.seconds(patience);
    double load = model.offeredLoad();
    int agents = model.agents();
    double x = agents * patienceSeconds / handleSeconds;
    double y = load * patienceSeconds / handleSeconds;
    if (y > MAX_ARRIVALS_PER_PATIENCE) {
      throw new IllegalArgumentException(
          "Erlang A supports at most "
              + MAX_ARRIVALS_PER_PATIENCE
              + " arrivals per mean patience, but λ × patience = "
              + y
              + "; callers that patient practically never abandon");
    }
    double tau = ErlangModel.seconds(model.serviceLevelThreshold()) / patienceSeconds;

    double logR = ErlangB.logInverseMinusOne(load, agents);
    PalmSeries.QueueSums sums = PalmSeries.queueSums(x, y);
    double logS = sums.logTotal();
    double pWait = LogMath.logistic(logS - logR);
    double pNoWait = LogMath.logistic(logR - logS);
    double logAllBusy = -LogMath.logAddExp(logR, logS); // ln π_c
    double pAbandon = pWait * sums.abandonShare();
    double pServedAfterWaiting = pWait * sums.servedShare();
    double pServed = pNoWait + pServedAfterWaiting;
    double asa = pWait * sums.servedWaitShare() * patienceSeconds / pServed;
    double serviceLevel =
        pNoWait + servedAfterWaitingWithin(x, y, tau, logAllBusy, pServedAfterWaiting);
    return new ErlangPrediction(
        ErlangFormula.ERLANG_A,
        load,
        pWait,
        asa,
        Math.min(1, serviceLevel), // the sum of two rounded terms may exceed 1 by an ulp
        pAbandon,
        Math.min(1, load * pServed / agents),
        pAbandon * patienceSeconds);
  }

  /**
   * Returns the prediction of the formula the model calls for: Erlang A when it has a mean
   * patience, Erlang C when it has none.
   *
   * @param model the queue
   * @return the prediction; empty only for Erlang C with an offered load of at least the number of
   *     agents (see {@link #c})
   * @throws IllegalArgumentException as {@link #a} does
   */
  public static Optional<ErlangPrediction> predict(ErlangModel model) {
    return model.meanPatience().isPresent() ? Optional.of(a(model)) : c(model);
  }

  /**
   * Returns P(served and 0 &lt; W ≤ T) for Palm's queue, τ = θ T.
   *
   * <p>With a = x + 1, z = y e^−τ and g = y − z − a τ it is x π_c K, K = ∫_0^τ e^(y (1 − e^−s) − a
   * s) ds. When z ≥ a the integrand rises all the way to τ and K = e^g F(a, z) − F(a, y), F(a, t) =
   * e^t t^−a Γ(a, t), both terms known to full relative precision; otherwise P(served, W &gt; T) =
   * π_c x/(x + 1) e^g S(x + 1, z) is subtracted from P(served, W &gt; 0), which loses nothing
   * because then a fair share of the waits lies below T.
   */
  private static double servedAfterWaitingWithin(
      double x, double y, double tau, double logAllBusy, double pServedAfterWaiting) {
    if (tau == 0) {
      return 0;
    }
    double a = x + 1;
    double z = y * Math.exp(-tau);
    double g = -y * Math.expm1(-tau) - a * tau;
    if (z >= a) {
      double logFz = PalmSeries.logUpperGammaFactor(a, z);
      double logFy = PalmSeries.logUpperGammaFactor(a, y);
      double logK = g + logFz + Math.log(-Math.expm1(logFy - logFz - g));
      return Math.min(pServedAfterWaiting, Math.exp(Math.log(x) + logAllBusy + logK));
    }
    double logLater = logAllBusy - Math.log1p(1 / x) + g + PalmSeries.logSeries(a, z);
    return Math.max(0, pServedAfterWaiting - Math.exp(logLater));
  }
}
