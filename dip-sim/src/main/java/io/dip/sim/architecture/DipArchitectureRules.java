package io.dip.sim.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The dip architecture as ArchUnit rules.
 *
 * <p><b>Layering</b> ({@link #LAYERING_RULES}): {@code io.dip.api} depends on no other project package;
 * {@code io.dip.dynamics}, {@code io.dip.controllers} and {@code io.dip.hardware} depend only on
 * {@code io.dip.api} among project packages; no package cycles within {@code io.dip}; {@code javax.inject} is banned
 * (Guice 7 uses {@code jakarta.inject}).
 *
 * <p>What a controller may hold is judged elsewhere: by the allow-list of
 * {@code io.dip.testkit.holding.HoldingRules} (module dip-testkit), on a controller's classes and on its live
 * objects.
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

    private DipArchitectureRules() {
    }

    private static ArchRule dependsOnlyOnApi(String module) {
        return noClasses().that().resideInAPackage(module)
                .should().dependOnClassesThat(resideInAPackage(ROOT)
                        .and(DescribedPredicate.not(resideInAnyPackage(API, module))))
                .because("plugin modules compile against dip-api only and are found at run time")
                .allowEmptyShould(true);
    }
}
