package hotline.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** HOUSE-STYLE.md: view-models decide without touching controls; only casemap knows the map library. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("hotline.client");

    @Test
    void viewModelsDoNotImportJavafxScene() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAPackage("javafx.scene..").check(classes);
    }

    @Test
    void onlyTheMapPackageUsesGluonMaps() {
        noClasses().that().resideOutsideOfPackage("hotline.client.casemap..").should().dependOnClassesThat()
                .resideInAPackage("com.gluonhq..").check(classes);
    }

    @Test
    void viewModelsDoNotCallTheNetworkLibraryDirectly() {
        noClasses().that().resideOutsideOfPackage("hotline.client.api..").should().dependOnClassesThat()
                .resideInAPackage("okhttp3..").check(classes);
    }
}
