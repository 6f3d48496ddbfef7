package kokai.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kokai.load.FieldReference;
import kokai.load.SheetSchema;
import kokai.render.TemplateReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kokai schema}: prints the JSON Schema of a sheet, or writes the schema files and the references. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema of the sheet format; with --write, updates schema/, docs/sheet-format.md and docs/templates.md.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--write", description = "Write schema/sheet.schema.json, schema/site.schema.json, docs/sheet-format.md and docs/templates.md under --dir.")
  boolean write;

  @Option(names = "--dir", defaultValue = ".", description = "The repository folder for --write (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (!write) {
      spec.commandLine().getOut().print(SheetSchema.sheet());
      return ExitCodes.OK;
    }
    save(dir.resolve("schema/sheet.schema.json"), SheetSchema.sheet());
    save(dir.resolve("schema/site.schema.json"), SheetSchema.siteConfig());
    save(dir.resolve("docs/sheet-format.md"), FieldReference.markdown());
    save(dir.resolve("docs/templates.md"), TemplateReference.markdown());
    spec.commandLine().getOut().println(
        "wrote schema/sheet.schema.json, schema/site.schema.json, docs/sheet-format.md, docs/templates.md");
    return ExitCodes.OK;
  }

  private static void save(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
