package io.dip.testkit.holding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.DynamicsRef;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamicsProvider;
import io.dip.testkit.holding.corpus.bad.AtomicModel;
import io.dip.testkit.holding.corpus.bad.BoxedGainArray;
import io.dip.testkit.holding.corpus.bad.DequeHistory;
import io.dip.testkit.holding.corpus.bad.HandMadeWeakReference;
import io.dip.testkit.holding.corpus.bad.HelperWithMap;
import io.dip.testkit.holding.corpus.bad.InnerControllerProvider;
import io.dip.testkit.holding.corpus.bad.IntegratorOverModel;
import io.dip.testkit.holding.corpus.bad.InterfaceConstantList;
import io.dip.testkit.holding.corpus.bad.InterfaceTypedHelper;
import io.dip.testkit.holding.corpus.bad.IterableHoldingList;
import io.dip.testkit.holding.corpus.bad.LambdaCapturingProvider;
import io.dip.testkit.holding.corpus.bad.MethodReferenceToModel;
import io.dip.testkit.holding.corpus.bad.ModelInArray;
import io.dip.testkit.holding.corpus.bad.MutableStaticCounter;
import io.dip.testkit.holding.corpus.bad.NonFinalArray;
import io.dip.testkit.holding.corpus.bad.NonFinalHelper;
import io.dip.testkit.holding.corpus.bad.ObjectHoldingList;
import io.dip.testkit.holding.corpus.bad.OptionalModel;
import io.dip.testkit.holding.corpus.bad.OversizedRingBuffer;
import io.dip.testkit.holding.corpus.bad.SharedStaticBuffer;
import io.dip.testkit.holding.corpus.bad.StaticMutableList;
import io.dip.testkit.holding.corpus.bad.StringBuilderTrace;
import io.dip.testkit.holding.corpus.bad.ThreadLocalScratch;
import io.dip.testkit.holding.corpus.bad.TimerTaskController;
import io.dip.testkit.holding.corpus.bad.TwoLevelHelperChain;
import io.dip.testkit.holding.corpus.good.ModelThroughRef;
import io.dip.testkit.holding.corpus.good.PrimitiveState;
import io.dip.testkit.holding.corpus.good.ValuesAndHelpers;
import io.dip.testkit.holding.corpus.helpers.CachingFilter;
import io.dip.testkit.holding.corpus.helpers.LowPassFilter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus: every bad controller is caught by the static check (where the class files can tell) and by the
 * runtime walk, each with the path to what it holds; every good controller passes both.
 */
class HoldingCorpusTest {

    private static final String BAD = "io.dip.testkit.holding.corpus.bad.";
    private static final String HELPERS = "io.dip.testkit.holding.corpus.helpers.";
    private static final DynamicsProvider PROVIDER = new FullDynamicsProvider();
    /** Held here for the whole test, as the engine holds the nominal model for a run. */
    private static final DynamicsModel MODEL = PROVIDER.create(PhysicalParameters.DEFAULTS);
    private static final String FULL_DYNAMICS = MODEL.getClass().getName();

    static Stream<BadCase> badControllers() {
        return Stream.of(
                bad(IntegratorOverModel.class, () -> new IntegratorOverModel(MODEL),
                        BAD + "IntegratorOverModel.predictor -> io.dip.api.Integrator",
                        BAD + "IntegratorOverModel.predictor -> io.dip.dynamics.integrators.RungeKutta4"),
                bad(ModelInArray.class, () -> new ModelInArray(MODEL),
                        BAD + "ModelInArray.nominal -> io.dip.api.DynamicsModel[]",
                        BAD + "ModelInArray.nominal -> io.dip.api.DynamicsModel[]"),
                bad(MethodReferenceToModel.class, () -> new MethodReferenceToModel(MODEL),
                        BAD + "MethodReferenceToModel.energy -> java.util.function.ToDoubleFunction<double[]> -> "
                                + "lambda in " + BAD + "MethodReferenceToModel.<init> captures -> "
                                + "io.dip.api.DynamicsModel",
                        BAD + "MethodReferenceToModel.energy -> lambda of " + BAD + "MethodReferenceToModel -> "
                                + "captured arg$1 -> " + FULL_DYNAMICS),
                new BadCase(ObjectHoldingList.class, List.of(), ObjectHoldingList::new, null,
                        BAD + "ObjectHoldingList.scratch -> java.lang.Object",
                        BAD + "ObjectHoldingList.scratch -> java.util.ArrayList"),
                bad(IterableHoldingList.class, IterableHoldingList::new,
                        BAD + "IterableHoldingList.samples -> java.lang.Iterable<java.lang.Double>",
                        BAD + "IterableHoldingList.samples -> java.util.ArrayList"),
                bad(DequeHistory.class, DequeHistory::new, BAD + "DequeHistory -> extends java.util.ArrayDeque",
                        BAD + "DequeHistory -> extends java.util.ArrayDeque"),
                bad(TimerTaskController.class, TimerTaskController::new,
                        BAD + "TimerTaskController -> extends java.util.TimerTask",
                        BAD + "TimerTaskController -> extends java.util.TimerTask"),
                bad(StaticMutableList.class, StaticMutableList::new,
                        BAD + "StaticMutableList.LOG -> java.util.List<double[]>",
                        BAD + "StaticMutableList.LOG -> java.util.ArrayList"),
                bad(NonFinalArray.class, NonFinalArray::new, BAD + "NonFinalArray.scratch -> double[]",
                        BAD + "NonFinalArray.scratch -> double[]"),
                bad(StringBuilderTrace.class, StringBuilderTrace::new,
                        BAD + "StringBuilderTrace.trace -> java.lang.StringBuilder",
                        BAD + "StringBuilderTrace.trace -> java.lang.StringBuilder"),
                bad(HelperWithMap.class, HelperWithMap::new,
                        BAD + "HelperWithMap.table -> " + HELPERS + "GainTable.cache -> "
                                + "java.util.HashMap<java.lang.Double, java.lang.Double>",
                        BAD + "HelperWithMap.table -> " + HELPERS + "GainTable.cache -> java.util.HashMap"),
                new BadCase(InterfaceTypedHelper.class, List.of(CachingFilter.class), InterfaceTypedHelper::new,
                        BAD + "InterfaceTypedHelper.filter -> " + HELPERS + "Filter -> implemented by -> " + HELPERS
                                + "CachingFilter.inputs -> java.util.List<java.lang.Double>",
                        BAD + "InterfaceTypedHelper.filter -> " + HELPERS + "Filter",
                        BAD + "InterfaceTypedHelper.filter -> " + HELPERS + "CachingFilter.inputs -> "
                                + "java.util.ArrayList"),
                bad(HandMadeWeakReference.class, () -> new HandMadeWeakReference(MODEL),
                        BAD + "HandMadeWeakReference.nominal -> "
                                + "java.lang.ref.WeakReference<io.dip.api.DynamicsModel>",
                        BAD + "HandMadeWeakReference.nominal -> java.lang.ref.WeakReference"),
                bad(ThreadLocalScratch.class, ThreadLocalScratch::new,
                        BAD + "ThreadLocalScratch.scratch -> java.lang.ThreadLocal<double[]>",
                        BAD + "ThreadLocalScratch.scratch -> java.lang.ThreadLocal$SuppliedThreadLocal"),
                bad(LambdaCapturingProvider.class, () -> new LambdaCapturingProvider(PROVIDER),
                        BAD + "LambdaCapturingProvider.freshModel -> "
                                + "java.util.function.Supplier<io.dip.api.DynamicsModel> -> lambda in " + BAD
                                + "LambdaCapturingProvider.<init> captures -> io.dip.api.DynamicsProvider",
                        BAD + "LambdaCapturingProvider.freshModel -> lambda of " + BAD + "LambdaCapturingProvider -> "
                                + "captured arg$1 -> " + PROVIDER.getClass().getName()),
                bad(InnerControllerProvider.InnerController.class,
                        () -> new InnerControllerProvider().create(null, null),
                        BAD + "InnerControllerProvider$InnerController.this$0 -> " + BAD + "InnerControllerProvider",
                        BAD + "InnerControllerProvider$InnerController.this$0 -> " + BAD + "InnerControllerProvider"),
                bad(TwoLevelHelperChain.class, TwoLevelHelperChain::new,
                        BAD + "TwoLevelHelperChain.stage -> " + HELPERS + "Stage.window -> " + HELPERS
                                + "Window.samples -> java.util.ArrayList<java.lang.Double>",
                        BAD + "TwoLevelHelperChain.stage -> " + HELPERS + "Stage.window -> " + HELPERS
                                + "Window.samples -> java.util.ArrayList"),
                bad(OptionalModel.class, () -> new OptionalModel(MODEL),
                        BAD + "OptionalModel.nominal -> java.util.Optional<io.dip.api.DynamicsModel> -> "
                                + "io.dip.api.DynamicsModel",
                        BAD + "OptionalModel.nominal -> java.util.Optional -> " + FULL_DYNAMICS),
                bad(AtomicModel.class, () -> new AtomicModel(MODEL),
                        BAD + "AtomicModel.nominal -> "
                                + "java.util.concurrent.atomic.AtomicReference<io.dip.api.DynamicsModel>",
                        BAD + "AtomicModel.nominal -> java.util.concurrent.atomic.AtomicReference"),
                bad(BoxedGainArray.class, BoxedGainArray::new, BAD + "BoxedGainArray.gains -> java.lang.Double[]",
                        BAD + "BoxedGainArray.gains -> java.lang.Double[]"),
                bad(MutableStaticCounter.class, MutableStaticCounter::new, BAD + "MutableStaticCounter.instances -> int",
                        BAD + "MutableStaticCounter.instances -> int"),
                bad(NonFinalHelper.class, NonFinalHelper::new,
                        BAD + "NonFinalHelper.limits -> " + HELPERS + "Limits",
                        BAD + "NonFinalHelper.limits -> " + HELPERS + "Limits"),
                bad(SharedStaticBuffer.class, SharedStaticBuffer::new,
                        BAD + "SharedStaticBuffer.SHARED -> io.dip.api.DoubleRingBuffer",
                        BAD + "SharedStaticBuffer.SHARED -> io.dip.api.DoubleRingBuffer"),
                bad(InterfaceConstantList.class, InterfaceConstantList::new,
                        BAD + "Tunable.TRIED -> java.util.List<java.lang.Double>",
                        BAD + "Tunable.TRIED -> java.util.ArrayList"),
                new BadCase(OversizedRingBuffer.class, List.of(), OversizedRingBuffer::new, null, null,
                        BAD + "OversizedRingBuffer.window -> io.dip.api.DoubleRingBuffer"));
    }

    private static BadCase bad(Class<?> controller, Supplier<Object> instance, String staticPath,
            String runtimePath) {
        return new BadCase(controller, List.of(), instance, staticPath, null, runtimePath);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badControllers")
    void theStaticCheckCatchesWhatTheClassFilesShow(BadCase bad) {
        List<Class<?>> classes = Stream.concat(Stream.of(bad.controller()), bad.classes().stream()).toList();
        HoldingReport report = HoldingRules.checkClasses(classes);
        assertEquals(List.of(bad.controller().getName()), report.controllersJudged());
        if (bad.staticPath() != null) {
            assertFalse(report.passed(), report.describe());
            assertTrue(hasPath(report.violations(), bad.staticPath()),
                    "expected a violation at " + bad.staticPath() + " in:\n" + report.describe());
        }
        if (bad.deferred() != null) {
            assertTrue(hasPath(report.deferred(), bad.deferred()),
                    "expected " + bad.deferred() + " deferred to the runtime checks in:\n" + report.describe());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badControllers")
    void theRuntimeWalkCatchesEveryBadController(BadCase bad) {
        HoldingReport report = HoldingRules.inspect(bad.instance().get());
        assertFalse(report.passed(), report.describe());
        assertTrue(hasPath(report.violations(), bad.runtimePath()),
                "expected a violation at " + bad.runtimePath() + " in:\n" + report.describe());
        assertTrue(report.deferred().isEmpty(), "the runtime walk defers nothing:\n" + report.describe());
    }

    @Test
    void anInnerControllerClassIsAViolationOfItsOwn() {
        String inner = BAD + "InnerControllerProvider$InnerController";
        assertTrue(hasPath(HoldingRules.checkClasses(List.of(InnerControllerProvider.InnerController.class))
                .violations(), inner));
        assertTrue(hasPath(HoldingRules.inspect(new InnerControllerProvider().create(null, null)).violations(),
                inner));
    }

    @Test
    void aStatefulJdkSuperclassIsNamedWithWhatMayBeExtended() {
        HoldingViolation violation = HoldingRules.checkClasses(List.of(TimerTaskController.class)).violations().get(0);
        assertEquals("extends JDK class java.util.TimerTask, whose state is outside the allow-list (only "
                + "java.lang.Object, java.lang.Enum, java.lang.Record may be extended)", violation.reason());
    }

    @Test
    void everyGoodControllerPassesBothChecks() {
        DynamicsRef nominal = DynamicsRef.of(MODEL);
        List<Object> controllers = List.of(new PrimitiveState(), new ModelThroughRef(nominal),
                new ValuesAndHelpers(0.5));
        for (Object controller : controllers) {
            HoldingReport runtime = HoldingRules.inspect(controller);
            assertTrue(runtime.passed(), runtime.describe());
        }
        HoldingReport classes = HoldingRules.checkClasses(List.of(PrimitiveState.class, ModelThroughRef.class,
                ValuesAndHelpers.class, LowPassFilter.class));
        assertEquals(3, classes.controllersJudged().size(), classes.describe());
        assertTrue(classes.passed(), classes.describe());
    }

    @Test
    void whatTheClassFilesCannotTellIsDeferredWithTheRuntimeChecksNamed() {
        HoldingReport report = HoldingRules.checkClasses(List.of(ValuesAndHelpers.class));
        String filter = "io.dip.testkit.holding.corpus.good.ValuesAndHelpers.filter -> " + HELPERS + "Filter";
        HoldingViolation deferred = report.deferred().stream().filter(d -> d.path().equals(filter)).findFirst()
                .orElseThrow(() -> new AssertionError("no deferred finding at " + filter + ":\n"
                        + report.describe()));
        assertEquals(List.of(RuntimeCheck.OBJECT_GRAPH.label(), RuntimeCheck.ALLOCATION.label(),
                RuntimeCheck.GROWTH.label()), deferred.coveredByRuntimeChecks());
        assertTrue(report.describe().contains(RuntimeCheck.OBJECT_GRAPH.label()), report.describe());
    }

    private static boolean hasPath(List<HoldingViolation> findings, String path) {
        return findings.stream().anyMatch(finding -> finding.path().equals(path));
    }
}
