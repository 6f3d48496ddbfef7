package kokai.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The search stage sees the model (and the site index), never a later stage or the loader. */
class SearchDependenciesTest {
  @Test
  void searchUsesOnlyTheModelAndTheSite() {
    noClasses().that().resideInAPackage("kokai.search..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "kokai.load..", "kokai.importer..", "kokai.render..", "kokai.publish..", "kokai.build..", "kokai.cli..",
            "kokai.diag..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kokai.search"));
  }
}
