package io.dip.sim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.PhysicalParameters;
import io.dip.sim.disturbance.BandLimitedNoise;
import io.dip.sim.disturbance.CounterRandom;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.Metric;
import io.dip.sim.recording.RecorderFactory;
import io.dip.sim.testing.Plugins;
import io.dip.sim.testing.TestScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonteCarloStudyTest {

    private static final double[] NO_SPREAD = new double[6];

    private static MonteCarloStudy study(Scenario base, int runs, long seed, double[] halfWidth) {
        return new MonteCarloStudy(base, runs, seed, ParameterUncertainty.DEFAULTS, halfWidth, false);
    }

    @Test
    void drawsEachParameterWithinItsRelativeBandAndKeepsGravity() {
        Scenario base = TestScenarios.dampedPd().build();
        MonteCarloStudy study = study(base, 200, 3, NO_SPREAD);
        double[] nominal = PhysicalParameters.DEFAULTS.toArray();
        double[] lowest = new double[nominal.length];
        double[] highest = new double[nominal.length];
        java.util.Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(highest, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < 200; i++) {
            double[] p = study.scenario(i).plant().parameters().toArray();
            for (int j = 0; j < p.length; j++) {
                lowest[j] = Math.min(lowest[j], p[j] / nominal[j]);
                highest[j] = Math.max(highest[j], p[j] / nominal[j]);
            }
        }
        for (int j = 0; j < nominal.length; j++) {
            String key = PhysicalParameters.KEYS[j];
            double delta = key.equals("gravity") ? 0 : key.endsWith("friction") ? 0.1 : 0.05;
            assertEquals(delta, ParameterUncertainty.DEFAULTS.delta(key));
            assertTrue(lowest[j] >= 1 - delta && highest[j] <= 1 + delta, key);
            if (delta > 0) {
                assertTrue(lowest[j] < 1 - 0.8 * delta && highest[j] > 1 + 0.8 * delta, key + " spans its band");
            } else {
                assertEquals(1.0, lowest[j]);
                assertEquals(1.0, highest[j]);
            }
        }
    }

    @Test
    void theControllerKeepsItsNominalModelUnlessTold() {
        Scenario base = TestScenarios.dampedPd().build();
        Scenario run = study(base, 2, 1, NO_SPREAD).scenario(1);
        assertSame(base.nominal(), run.nominal());
        assertNotEquals(base.plant().parameters(), run.plant().parameters());
        Scenario perturbed = new MonteCarloStudy(base, 2, 1, ParameterUncertainty.DEFAULTS, NO_SPREAD, true)
                .scenario(1);
        assertEquals(perturbed.plant().parameters(), perturbed.nominal().parameters());
    }

    @Test
    void initialStatesAreDrawnInTheBoxAroundTheBase() {
        Scenario base = TestScenarios.dampedPd().initialState(0.5, 0.1, 0, 0, 0, 0).build();
        double[] h = {0.2, 0.05, 0, 0.1, 0, 0};
        MonteCarloStudy study = study(base, 100, 9, h);
        for (int i = 0; i < 100; i++) {
            double[] x0 = study.scenario(i).initialState();
            double[] b = base.initialState();
            for (int j = 0; j < 6; j++) {
                assertTrue(Math.abs(x0[j] - b[j]) <= h[j], "run " + i + " component " + j);
            }
        }
        assertNotEquals(study.scenario(0).initialState()[0], study.scenario(1).initialState()[0]);
    }

    @Test
    void eachRunIsSeededFromTheStudySeedAndItsIndexAlone() {
        Scenario base = TestScenarios.dampedPd().disturbance(new BandLimitedNoise(1, 20, 4)).build();
        double[] h = {0.1, 0.01, 0.01, 0, 0, 0};
        MonteCarloStudy ten = study(base, 10, 77, h);
        MonteCarloStudy six = study(base, 6, 77, h);
        for (int i = 0; i < 6; i++) {
            assertEquals(CounterRandom.derive(77, i), ten.runSeed(i));
            Scenario a = ten.scenario(i);
            Scenario b = six.scenario(i);
            assertEquals(ten.runSeed(i), a.seed());
            assertEquals(a.plant().parameters(), b.plant().parameters());
            assertArrayEquals(a.initialState(), b.initialState());
            assertEquals(new BandLimitedNoise(1, 20, CounterRandom.derive(4, a.seed())), a.disturbance());
        }
        assertNotEquals(ten.scenario(0).plant().parameters(), study(base, 10, 78, h).scenario(0).plant().parameters());
    }

    @Test
    void aStudyGivesTheSameReportOnOneAndFourThreads() {
        Scenario base = Plugins.fullRk4("classical_smc").duration(3).dt(0.01).build();
        MonteCarloStudy study = study(base, 8, 2024, new double[] {0.1, 0.05, 0.05, 0.1, 0.1, 0.1});
        MonteCarloReport one = study.run(new BatchRunner(1), new Cancellation());
        MonteCarloReport four = study.run(new BatchRunner(4), new Cancellation());
        for (int i = 0; i < 8; i++) {
            RunSummary a = one.keptRuns().get(i);
            RunSummary b = four.keptRuns().get(i);
            assertEquals(a.status(), b.status());
            assertEquals(a.parameters(), b.parameters());
            for (Metric metric : Metric.values()) {
                assertEquals(Double.doubleToLongBits(metric.of(a.metrics())),
                        Double.doubleToLongBits(metric.of(b.metrics())), metric + " of run " + i);
            }
        }
        assertEquals(one.statistic(Metric.ISE), four.statistic(Metric.ISE));
        assertEquals(1.0, one.successRate(), "classical_smc holds every draw of this box");
    }

    @Test
    void aCancelledStudyReportsItsFinishedRunsAndCountsTheOthers() {
        Scenario base = Plugins.fullRk4("classical_smc").duration(1).dt(0.01).build();
        MonteCarloStudy study = study(base, 6, 9, NO_SPREAD);
        List<SimulationResult> results = new ArrayList<>(new BatchRunner(1).run(scenarios(study, 0, 4),
                RecorderFactory.none(), new Cancellation()));
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        results.addAll(new BatchRunner(1).run(scenarios(study, 4, 6), RecorderFactory.none(),
                cancelled));
        MonteCarloTally tally = new MonteCarloTally(study, MonteCarloReport.RUNS_IN_JSON, null);
        for (int i = 0; i < results.size(); i++) {
            tally.add(i, results.get(i));
        }
        MonteCarloReport report = tally.report(1);
        assertEquals(List.of(0, 1, 2, 3), report.keptRuns().stream().map(RunSummary::index).toList());
        assertEquals(4, report.runsFinished());
        assertEquals(2, report.runsCancelled());
        assertEquals(2L, report.statusCounts().get(StopStatus.CANCELLED));
        assertEquals(report.successes() / 4.0, report.successRate(), "over the finished runs");
        assertTrue(report.toJson(null).get("cancelled").asBoolean());
        assertEquals(4, report.toJson(null).get("runs_finished").asInt());
        assertEquals(2, report.toJson(null).get("runs_cancelled").asInt());
        assertEquals(4, report.toJson(null).get("runs").size());
    }

    @Test
    void theReportCountsSuccessesAndSummarisesOnlyThem() {
        Scenario base = TestScenarios.dampedPd().duration(1).trackLimit(0.5).initialState(0, 0, 0, 0, 0, 0).build();
        MonteCarloStudy study = study(base, 40, 5, new double[] {1.0, 0, 0, 0, 0, 0});
        MonteCarloReport report = study.run(new BatchRunner(2), new Cancellation());
        int completed = 0;
        double iseSum = 0;
        for (RunSummary run : report.keptRuns()) {
            if (run.status() == StopStatus.COMPLETED) {
                completed++;
                iseSum += run.metrics().stateError();
            } else {
                assertEquals(StopStatus.OFF_TRACK, run.status());
            }
        }
        assertTrue(completed > 5 && completed < 35, "a mix of outcomes, got " + completed);
        assertEquals(completed, report.successes());
        assertEquals(completed / 40.0, report.successRate());
        assertEquals(40L - completed, report.statusCounts().get(StopStatus.OFF_TRACK));
        assertEquals(completed, report.statistic(Metric.ISE).n());
        assertEquals(iseSum / completed, report.statistic(Metric.ISE).mean(), 1e-12);
        assertEquals(40, report.costOfAllRuns().n());
        Map<?, ?> json = io.dip.sim.recording.JsonFiles.mapper().convertValue(report.toJson(null), Map.class);
        assertEquals(completed, ((Number) json.get("successes")).intValue());
        assertEquals(40, ((java.util.List<?>) json.get("runs")).size());
    }

    @Test
    void badSettingsNameTheirKey() {
        Scenario base = TestScenarios.dampedPd().build();
        assertMessage("monte_carlo.runs", () -> study(base, 0, 1, NO_SPREAD));
        assertMessage("monte_carlo.initial_state_half_width[4] (theta1_dot)",
                () -> study(base, 1, 1, new double[] {0, 0, 0, 0, -1, 0}));
        assertMessage("unknown key physics_uncertainty.mass", () -> ParameterUncertainty.fromMap(Map.of("mass", 0.1)));
        assertMessage("physics_uncertainty.cart_mass must be in [0, 1)",
                () -> ParameterUncertainty.fromMap(Map.of("cart_mass", 1.0)));
        assertEquals(0.3, ParameterUncertainty.fromMap(Map.of("gravity", 0.3)).delta("gravity"));
        assertEquals(0.05, ParameterUncertainty.fromMap(Map.of("gravity", 0.3)).delta("cart_mass"));
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static List<Scenario> scenarios(MonteCarloStudy study, int from, int to) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = from; i < to; i++) {
            scenarios.add(study.scenario(i));
        }
        return scenarios;
    }
}
