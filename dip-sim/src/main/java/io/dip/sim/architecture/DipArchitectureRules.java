package io.dip.sim.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.dip.api.Controller;
import io.dip.api.DynamicsModel;
import java.lang.ref.Reference;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.BaseStream;

/**
 * The dip architecture as ArchUnit rules. A plugin author checks a controller in one line:
 * <pre>{@code
 * DipArchitectureRules.CONTROLLER_MEMORY_RULES.check(new ClassFileImporter().importPackages("com.acme"));
 * }</pre>
 *
 * <p><b>Layering</b> ({@link #LAYERING_RULES}): {@code io.dip.api} depends on no other project package;
 * {@code io.dip.dynamics}, {@code io.dip.controllers} and {@code io.dip.hardware} depend only on
 * {@code io.dip.api} among project packages; no package cycles within {@code io.dip}; {@code javax.inject} is banned
 * (Guice 7 uses {@code jakarta.inject}).
 *
 * <p><b>Controller memory</b> ({@link #CONTROLLER_MEMORY_RULES}), for the instance fields of every class
 * implementing {@link Controller} — and of its superclasses and of the classes whose instances it holds in fields
 * (its helpers), transitively; the SPI's own bounded types of {@code io.dip.api} ({@code DynamicsRef},
 * {@code DoubleRingBuffer}, {@code Diagnostics}) are trusted: no field of type {@link DynamicsModel} (reach the
 * model through {@code DynamicsRef}), no {@link Reference} field (no hand-made weak or soft references), no field
 * that can grow without bound ({@link Collection}, {@link Map}, {@link StringBuilder}, {@link StringBuffer},
 * {@link BaseStream}), every array field final (sized at creation); and a controller is not an inner class (it
 * would hold its enclosing instance). Static constants are not per-controller memory and are not checked.
 */
public final class DipArchitectureRules {

    private static final String ROOT = "io.dip..";
    private static final String API = "io.dip.api..";

    /** {@code io.dip.api} depends on no other {@code io.dip} package. */
    public static final ArchRule API_DEPENDS_ON_NO_OTHER_PROJECT_PACKAGE = noClasses()
            .that().resideInAPackage(API)
            .should().dependOnClassesThat(resideInAPackage(ROOT).and(DescribedPredicate.not(resideInAPackage(API))))
            .because("the SPI is all a plugin author compiles against")
            .allowEmptyShould(true);

    /** {@code io.dip.dynamics}, {@code io.dip.controllers}, {@code io.dip.hardware} use only {@code io.dip.api}. */
    public static final ArchRule PLUGIN_MODULES_DEPEND_ONLY_ON_API = CompositeArchRule
            .of(dependsOnlyOnApi("io.dip.dynamics.."))
            .and(dependsOnlyOnApi("io.dip.controllers.."))
            .and(dependsOnlyOnApi("io.dip.hardware.."));

    /** No cycle between the packages of {@code io.dip}. */
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.dip.(**)").should().beFreeOfCycles()
            .allowEmptyShould(true);

    /** Nothing uses {@code javax.inject}. */
    public static final ArchRule NO_JAVAX_INJECT = noClasses().should().dependOnClassesThat()
            .resideInAPackage("javax.inject..")
            .because("Guice 7 reads jakarta.inject annotations; javax.inject ones would be silently ignored")
            .allowEmptyShould(true);

    /** Every layering rule. */
    public static final ArchRule LAYERING_RULES = CompositeArchRule.of(API_DEPENDS_ON_NO_OTHER_PROJECT_PACKAGE)
            .and(PLUGIN_MODULES_DEPEND_ONLY_ON_API).and(NO_PACKAGE_CYCLES).and(NO_JAVAX_INJECT);

    /**
     * Controller implementations, their superclasses and the classes whose instances they hold in instance fields,
     * transitively; the classes of {@code io.dip.api} and of the JDK are trusted and left out.
     */
    public static final DescribedPredicate<JavaClass> CONTROLLER_STATE = DescribedPredicate.describe(
            "Controller implementations and the classes they hold", c -> holdsControllerState(c, new HashSet<>()));

    private static final DescribedPredicate<JavaField> CONTROLLER_FIELDS = DescribedPredicate.describe(
            "instance fields of Controller implementations and the classes they hold",
            f -> !f.getModifiers().contains(JavaModifier.STATIC) && !f.getModifiers().contains(JavaModifier.SYNTHETIC)
                    && CONTROLLER_STATE.test(f.getOwner()));

    private static final DescribedPredicate<JavaField> ARRAY_TYPED = DescribedPredicate.describe(
            "have an array type", f -> f.getRawType().isArray());

    /** Controllers are top-level or static nested classes; fails when the classes hold no controller at all. */
    public static final ArchRule CONTROLLERS_ARE_NOT_INNER_CLASSES = classes()
            .that(implement(Controller.class))
            .should().notBeInnerClasses()
            .because("an inner (or anonymous) class keeps its enclosing instance alive");

    /** No controller field of type {@link DynamicsModel}. */
    public static final ArchRule CONTROLLERS_HOLD_NO_DYNAMICS_MODEL = noFields()
            .that(CONTROLLER_FIELDS)
            .should().haveRawType(assignableTo(DynamicsModel.class))
            .because("a controller reaches its nominal model only through DynamicsRef, a weak reference the "
                    + "model's owner controls")
            .allowEmptyShould(true);

    /** No controller field of type {@link Reference} (weak, soft or phantom). */
    public static final ArchRule CONTROLLERS_HOLD_NO_JAVA_REFERENCES = noFields()
            .that(CONTROLLER_FIELDS)
            .should().haveRawType(assignableTo(Reference.class))
            .because("the dynamics model is reached only through DynamicsRef")
            .allowEmptyShould(true);

    /** No controller field that can grow without bound. */
    public static final ArchRule CONTROLLERS_HOLD_ONLY_BOUNDED_STATE = noFields()
            .that(CONTROLLER_FIELDS)
            .should().haveRawType(assignableTo(Collection.class).or(assignableTo(Map.class))
                    .or(assignableTo(StringBuilder.class)).or(assignableTo(StringBuffer.class))
                    .or(assignableTo(BaseStream.class)))
            .because("controller memory must stay bounded: keep history in DoubleRingBuffer or arrays sized at "
                    + "creation")
            .allowEmptyShould(true);

    /** Every controller array field is final. */
    public static final ArchRule CONTROLLER_ARRAYS_ARE_FINAL = fields()
            .that(CONTROLLER_FIELDS.and(ARRAY_TYPED))
            .should().beFinal()
            .because("arrays are sized once, at creation, and never replaced on the control path")
            .allowEmptyShould(true);

    /** Every controller memory rule. */
    public static final ArchRule CONTROLLER_MEMORY_RULES = CompositeArchRule.of(CONTROLLERS_ARE_NOT_INNER_CLASSES)
            .and(CONTROLLERS_HOLD_NO_DYNAMICS_MODEL).and(CONTROLLERS_HOLD_NO_JAVA_REFERENCES)
            .and(CONTROLLERS_HOLD_ONLY_BOUNDED_STATE).and(CONTROLLER_ARRAYS_ARE_FINAL);

    private DipArchitectureRules() {
    }

    private static ArchRule dependsOnlyOnApi(String module) {
        return noClasses().that().resideInAPackage(module)
                .should().dependOnClassesThat(resideInAPackage(ROOT)
                        .and(DescribedPredicate.not(resideInAnyPackage(API, module))))
                .because("plugin modules compile against dip-api only and are found at run time")
                .allowEmptyShould(true);
    }

    /**
     * @param type    a class
     * @param visited classes already explored on this search
     * @return true when {@code type} implements Controller, is a superclass of such a class, or is held in an
     *         instance field of a class that is (outside io.dip.api and the JDK)
     */
    private static boolean holdsControllerState(JavaClass type, Set<String> visited) {
        if (!visited.add(type.getName()) || type.getPackageName().startsWith("io.dip.api")
                || type.getPackageName().startsWith("java.")) {
            return false;
        }
        if (!type.isInterface() && type.isAssignableTo(Controller.class)) {
            return true;
        }
        for (JavaClass subclass : type.getSubclasses()) {
            if (!type.isInterface() && holdsControllerState(subclass, visited)) {
                return true;
            }
        }
        for (JavaField field : type.getFieldsWithTypeOfSelf()) {
            if (!field.getModifiers().contains(JavaModifier.STATIC) && holdsControllerState(field.getOwner(), visited)) {
                return true;
            }
        }
        return false;
    }
}
