package nl.datawijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.datawijzer");
    }

    @Test
    void onlyRdfAndInternalPackagesUseJena() {
        noClasses().that().resideOutsideOfPackages("nl.datawijzer.rdf..", "..internal..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .because("Jena types must not leak out of the store and the feature internals")
                .check(classes);
    }

    @Test
    void viewsNeverReachIntoInternals() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("views call services only")
                .check(classes);
    }

    @Test
    void featureInternalsAreNotUsedByOtherFeatures() {
        noClasses().that().resideInAPackage("nl.datawijzer.security..")
                .should().dependOnClassesThat().resideInAPackage("nl.datawijzer.catalog.internal..")
                .check(classes);
        noClasses().that().resideInAPackage("nl.datawijzer.ui..")
                .should().dependOnClassesThat().resideInAPackage("nl.datawijzer.rdf..")
                .check(classes);
    }
}
