package kokai.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pipeline runs one way, load → model → site → render → search → publish: a package may use
 * the packages before it, never after. Java does not refuse a cycle, so this test does.
 */
class PipelineDirectionTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kokai");
  }

  @ParameterizedTest(name = "kokai.{0} uses none of {1}")
  @CsvSource(delimiter = ';', value = {
    "model;   diag, load, importer, site, render, search, publish, build, cli, corpus",
    "diag;    model, load, importer, site, render, search, publish, build, cli, corpus",
    "load;    importer, site, render, search, publish, build, cli, corpus",
    "importer; load, site, render, search, publish, build, cli, corpus",
    "site;    diag, load, importer, render, search, publish, build, cli",
    "render;  load, importer, search, publish, build, cli",
    "search;  load, importer, render, publish, build, cli",
    "publish; model, load, importer, site, render, search, build, cli",
    "build;   cli, serve",
    "serve;   cli, corpus",
    "corpus;  diag, load, importer, site, render, search, publish, build, cli",
  })
  void usesOnlyEarlierStages(String pkg, String forbidden) {
    String[] targets = java.util.Arrays.stream(forbidden.split(","))
        .map(String::strip).map(p -> "kokai." + p + "..").toArray(String[]::new);
    noClasses().that().resideInAPackage("kokai." + pkg + "..")
        .should().dependOnClassesThat().resideInAnyPackage(targets)
        .allowEmptyShould(true)
        .check(classes);
  }
}
