package io.dip.testkit.contract;

import io.dip.api.Controller;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.testkit.holding.HoldingReport;
import io.dip.testkit.holding.HoldingRules;
import java.lang.ref.Reference;
import java.util.List;

/**
 * The allow-list of what a controller may hold ({@link HoldingRules}) as two contract rows: statically on the
 * classes of the provider and of the controller it creates, and at run time on a created controller's objects
 * after some use. ({@code dip audit} reports the holding rules in a section of their own.)
 */
public final class HoldingChecks {

    /** Row: the controller's classes hold only what the allow-list permits. */
    public static final String CLASSES = "holding rules on the classes (static)";
    /** Row: a live controller's objects hold only what the allow-list permits. */
    public static final String OBJECTS = "holding rules on the objects (run time)";

    /** The row names in report order. */
    public static final List<String> CHECKS = List.of(CLASSES, OBJECTS);

    private static final int SHORT_USE = 200;

    private final ContractRig rig;

    /** @param rig the controller under test */
    public HoldingChecks(ContractRig rig) {
        this.rig = rig;
    }

    /** @return the rows, in the order of {@link #CHECKS} */
    public List<CheckResult> run() {
        DynamicsModel model = rig.nominal().get();
        try (Controller controller = rig.create(DynamicsRef.of(model))) {
            rig.use(controller, SHORT_USE);
            return List.of(
                    CheckResult.guarded(CLASSES, () -> row(CLASSES, HoldingRules.checkClasses(
                            List.of(rig.provider().getClass(), controller.getClass())))),
                    CheckResult.guarded(OBJECTS, () -> row(OBJECTS, HoldingRules.inspect(controller))));
        } catch (RuntimeException | Error e) {
            return List.of(CheckResult.fail(CLASSES, "unexpected " + e), CheckResult.fail(OBJECTS, "unexpected " + e));
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    private static CheckResult row(String check, HoldingReport report) {
        return new CheckResult(check, report.passed(), report.describe());
    }
}
