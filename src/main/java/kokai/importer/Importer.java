package kokai.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.diag.TextBytes;
import kokai.model.Sheet;
import kokai.model.SheetRef;

/**
 * Imports sheets published in the text layout (one or many per file, UTF-8 or Shift_JIS) into a
 * content folder, one {@code sheets/<fiscal-year>/<id>.yaml} per sheet. A sheet that cannot be
 * read is reported and skipped; the others are still written. A file that differs from what the
 * import gives is kept unless {@code force}; re-running gives byte-identical files.
 *
 * <pre>{@code
 * ImportReport r = new Importer().run(new ImportRequest(List.of(Path.of("r4.txt")), Path.of("content"),
 *     Optional.empty(), false));
 * System.out.println(r.summary());
 * }</pre>
 */
public final class Importer {
  /** What a file or a sheet without tabs is told. */
  static final String NO_TAB = "import reads the sheets' text with a tab between cells, and here the cells are separated"
      + " by spaces, commas or nothing";
  static final String TAB_HINT = "save the sheets from their spreadsheet as tab-separated text (Unicode text), or copy"
      + " each sheet's table into a spreadsheet and save that";
  private final SheetYamlWriter writer = new SheetYamlWriter();

  public ImportReport run(ImportRequest request) {
    Diagnostics diags = new Diagnostics();
    List<Path> written = new ArrayList<>();
    List<Path> unchanged = new ArrayList<>();
    List<ImportReport.Skipped> skipped = new ArrayList<>();
    Map<SheetRef, SourceLocation> seen = new HashMap<>();
    for (Path file : request.files()) {
      for (SheetParser.Parsed parsed : parseFile(file, request, diags)) {
        SourceLocation at = parsed.problems().at(parsed.block().heading().line(), 1);
        if (parsed.sheet().isEmpty()) {
          diags.addAll(parsed.problems().all());
          String what = parsed.name() == null ? at.toString() : at + " (" + parsed.name() + ")";
          skipped.add(new ImportReport.Skipped(what, ImportReport.Reason.UNREADABLE));
          continue;
        }
        Sheet sheet = parsed.sheet().get();
        SourceLocation before = seen.putIfAbsent(sheet.ref(), at);
        if (before != null) {
          diags.addAll(parsed.problems().all());
          diags.error(at, "id", "sheet " + sheet.ref() + " appears again (first at " + before + "); not written twice",
              "remove one of the two sheets from the input, or correct its number or fiscal year");
          skipped.add(new ImportReport.Skipped(at.toString(), ImportReport.Reason.DUPLICATE));
          continue;
        }
        Path rel = Path.of("sheets", Integer.toString(sheet.fiscalYear()), sheet.id() + ".yaml");
        diags.addAll(parsed.problems().all(SourceLocation.display(request.out().resolve(rel))));
        save(request, rel, writer.write(sheet), at, written, unchanged, skipped, diags);
      }
    }
    // Without a sheet there is nothing to build: a lone placeholder config would only hide that.
    boolean site = !(written.isEmpty() && unchanged.isEmpty()) && writeSite(request.out(), diags);
    return new ImportReport(written, unchanged, skipped, site, diags.sorted());
  }

  private List<SheetParser.Parsed> parseFile(Path file, ImportRequest request, Diagnostics diags) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diags.error(SourceLocation.of(file), null, "cannot read the input file: " + e.getMessage(),
          "check the file's name and that it can be read");
      return List.of();
    }
    String magic = new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1);
    String kind = magic.equals("%PDF-") ? "PDF" : magic.startsWith("PK\u0003\u0004") ? "spreadsheet (.xlsx) or other zip"
        : magic.startsWith("\u00d0\u00cf\u0011\u00e0") ? "spreadsheet (.xls) or other Office" : null;
    if (kind != null) {
      diags.error(SourceLocation.of(file), null, "this is a " + kind + " file: import reads the sheets' text, with a tab between cells",
          TAB_HINT);
      return List.of();
    }
    TextBytes.Decoded decoded = TextDecoder.decode(bytes, request.encoding());
    boolean nearlyUtf8 = request.encoding().isEmpty() && decoded.charset().equals(StandardCharsets.UTF_8);
    if (!decoded.damaged().isEmpty() && !nearlyUtf8) {
      // Text read in the wrong encoding would be imported garbled: the file is refused.
      TextBytes.Place first = decoded.damaged().get(0);
      diags.error(new SourceLocation(file, first.line(), first.column()), null,
          "the file is not " + decoded.charset().name() + ": bytes at " + decoded.damaged().size()
              + " places do not decode, this one first",
          "give the file's encoding with --encoding (windows-31j for Shift_JIS), or leave --encoding out to have it detected");
      return List.of();
    }
    for (kokai.diag.TextBytes.Place p : decoded.damaged()) {
      diags.warning(new SourceLocation(file, p.line(), p.column()), null,
          "a byte here is not UTF-8 (the rest of the file is), so this character is read as \uFFFD",
          "correct the character in the file, or give its encoding with --encoding");
    }
    String text = decoded.text();
    List<SheetBlock> blocks = SheetSplitter.split(file, text, diags);
    if (!blocks.isEmpty() && text.indexOf('\t') < 0) {
      // Cells run together with spaces (text copied from a PDF viewer, pdftotext): every line would be a problem.
      diags.error(SourceLocation.of(file), null, "the file has no tab: " + NO_TAB, TAB_HINT);
      return List.of();
    }
    List<SheetParser.Parsed> parsed = new ArrayList<>(blocks.stream().map(b -> SheetParser.parse(file, b)).toList());
    List<Section> missing = SheetParser.cutOff(parsed);
    if (!missing.isEmpty()) {
      parsed.set(parsed.size() - 1, parsed.get(parsed.size() - 1).cutOff(missing));
    }
    return parsed;
  }

  private static void save(ImportRequest request, Path rel, String yaml, SourceLocation from, List<Path> written,
      List<Path> unchanged, List<ImportReport.Skipped> skipped, Diagnostics diags) {
    Path target = request.out().resolve(rel);
    Optional<Path> other = otherFormat(target);
    if (other.isPresent()) {
      // Writing 088.yaml beside 088.json would define the sheet twice; --force does not change that.
      skipped.add(new ImportReport.Skipped(SourceLocation.display(rel), ImportReport.Reason.DEFINED_ELSEWHERE));
      diags.error(SourceLocation.of(other.get()), null, "not imported: this file already holds the sheet imported from "
          + from, "delete or rename this file first if the imported sheet should replace it");
      return;
    }
    try {
      switch (ContentFiles.write(target, yaml, request.force())) {
        case WRITTEN -> written.add(rel);
        case UNCHANGED -> unchanged.add(rel);
        case DIFFERS -> {
          skipped.add(new ImportReport.Skipped(SourceLocation.display(rel), ImportReport.Reason.DIFFERS));
          diags.error(SourceLocation.of(target), null, "not overwritten: the file differs from the sheet imported from "
              + from, "run again with --force to replace it, or move the edited file away first");
        }
      }
    } catch (IOException e) {
      skipped.add(new ImportReport.Skipped(SourceLocation.display(rel), ImportReport.Reason.UNWRITABLE));
      diags.error(SourceLocation.of(target), null, "cannot write: " + e.getMessage(),
          "check that the output folder can be written");
    }
  }

  private static Optional<Path> otherFormat(Path target) {
    String base = target.getFileName().toString().replaceFirst("\\.yaml$", "");
    return Stream.of(".yml", ".json").map(ext -> target.resolveSibling(base + ext)).filter(Files::exists).findFirst();
  }

  private static boolean writeSite(Path out, Diagnostics diags) {
    try {
      Files.createDirectories(out);
      return ContentFiles.writeSiteIfMissing(out);
    } catch (IOException e) {
      diags.error(SourceLocation.of(out.resolve("site.yaml")), null, "cannot write: " + e.getMessage(),
          "check that the output folder can be written");
      return false;
    }
  }
}
