package hotline.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** HOUSE-STYLE.md: controllers do HTTP, services and repositories know nothing of Javalin; the model is plain. */
@AnalyzeClasses(packages = {"hotline.server", "hotline.model"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule servicesAndRepositoriesDoNotImportJavalin = noClasses()
            .that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule onlyControllersTheAppAndTheHttpEdgeTouchJavalin = noClasses()
            .that().resideInAPackage("hotline.server..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().doNotHaveSimpleName("HotlineApp").and().doNotHaveSimpleName("HotlineServer")
            .and().resideOutsideOfPackage("hotline.server.http..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule theWireModelDependsOnJacksonAnnotationsOnly = noClasses()
            .that().resideInAPackage("hotline.model..")
            .should().dependOnClassesThat().resideInAnyPackage("hotline.server..", "io.javalin..", "javafx..",
                    "com.fasterxml.jackson.databind..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheDemo = noClasses()
            .that().resideInAPackage("hotline.server..").and().resideOutsideOfPackage("hotline.server.demo..")
            .and().doNotHaveSimpleName("HotlineServer")
            .should().dependOnClassesThat().resideInAPackage("hotline.server.demo..");
}
