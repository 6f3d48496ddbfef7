package kokai.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The importer stands between the model and the command line: it uses model and diag only. */
class ImporterDependenciesTest {
  @Test
  void theImporterUsesOnlyModelDiagTheJdkAndJackson() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("kokai.importer");
    classes().that().resideInAPackage("kokai.importer")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "kokai.importer", "kokai.model", "kokai.diag", "java..", "com.fasterxml.jackson..")
        .check(classes);
  }
}
