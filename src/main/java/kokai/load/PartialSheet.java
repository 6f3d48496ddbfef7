package kokai.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.model.Sheet;

/**
 * A sheet that did not bind, bound again without the values its errors are in, so that the
 * checks of the whole sheet (a fiscal year given twice in the cost table, an unusual direction)
 * are told in the same run as a misspelt field, not only once that is mended. The sheet is never
 * published: its errors stop the build. A missing title, id or organisation stands in with a
 * placeholder that no check reads; without a fiscal year, which the checks compare figures
 * against, there is no partial sheet.
 *
 * <pre>{@code
 * PartialSheet.of(binder, tree, file, binding.sorted())
 *     .ifPresent(p -> p.check(checks, file, tree, diags));
 * }</pre>
 */
final class PartialSheet {
  /** The top-level fields a sheet must give that no check of the sheet reads: a placeholder stands in for them. */
  private static final Set<String> STANDS_IN = Set.of("title", "id", "organization");
  /** How many times the sheet is bound again: removing a value may leave its mapping without a required field. */
  private static final int ROUNDS = 4;

  private final Sheet sheet;
  /** The fields left out or standing in. */
  private final Set<FieldPath> left;

  private PartialSheet(Sheet sheet, Set<FieldPath> left) {
    this.sheet = sheet;
    this.left = left;
  }

  /** The sheet of {@code tree} without the values {@code errors} are in; empty when even that does not bind. */
  static Optional<PartialSheet> of(RecordBinder binder, Node tree, Path file, List<Diagnostic> errors) {
    Set<FieldPath> left = new HashSet<>();
    Node pruned = tree;
    List<Diagnostic> failed = errors.stream().filter(Diagnostic::isError).toList();
    for (int round = 0; round < ROUNDS && !failed.isEmpty(); round++) {
      for (Diagnostic d : failed) {
        Optional<FieldPath> path = FieldPath.read(d.field(), pruned);
        if (path.isEmpty()) {
          return Optional.empty();
        }
        Optional<Node> less = leaveOut(pruned, path.get().steps(), file, left);
        if (less.isEmpty()) {
          return Optional.empty();
        }
        pruned = less.get();
      }
      Diagnostics again = new Diagnostics();
      Optional<Sheet> sheet = binder.bind(pruned, Sheet.class, file, again);
      if (sheet.isPresent()) {
        return Optional.of(new PartialSheet(sheet.get(), left));
      }
      failed = again.sorted().stream().filter(Diagnostic::isError).toList();
    }
    return Optional.empty();
  }

  /**
   * Runs the sheet's own checks, adding to {@code diags} what they find outside the fields left
   * out: about those, the binding's errors have said what there is to say.
   */
  void check(SheetChecks checks, Path file, Node tree, Diagnostics diags) {
    Diagnostics found = new Diagnostics();
    checks.checkSheet(sheet, file, tree, found);
    found.sorted().stream().filter(d -> FieldPath.read(d.field(), tree)
            .map(f -> left.stream().noneMatch(l -> f.within(l) || l.within(f))).orElse(true))
        .forEach(diags::add);
  }

  /**
   * The tree without the value at {@code steps}: the mapping's field it is or lies in (a list item
   * takes its whole list, so that the other items keep their numbers); when that field is not
   * there (a required one missing), the field of the mapping above. A top-level field that must be
   * given stands in; any other gives none.
   */
  private static Optional<Node> leaveOut(Node tree, List<Object> steps, Path file, Set<FieldPath> left) {
    List<Object> at = new ArrayList<>(steps);
    while (true) {
      while (!at.isEmpty() && at.get(at.size() - 1) instanceof Integer) {
        at.remove(at.size() - 1);
      }
      if (at.isEmpty()) {
        return Optional.empty();
      }
      if (at.size() == 1 && STANDS_IN.contains(at.get(0))) {
        String key = (String) at.get(0);
        left.add(FieldPath.of(key));
        return Optional.of(put(tree, key, standIn(key, tree, file)));
      }
      Optional<Node> less = remove(tree, at);
      if (less.isPresent()) {
        left.add(new FieldPath(at));
        return less;
      }
      at.remove(at.size() - 1);
    }
  }

  /** The tree with the field at {@code path} (its last step a name) removed; empty when it is not there. */
  private static Optional<Node> remove(Node node, List<Object> path) {
    Object step = path.get(0);
    if (node instanceof Node.MapNode m && step instanceof String key && m.entries().containsKey(key)) {
      Map<String, Node.Entry> entries = new LinkedHashMap<>(m.entries());
      if (path.size() == 1) {
        entries.remove(key);
        return Optional.of(new Node.MapNode(m.line(), m.column(), entries));
      }
      Node.Entry e = entries.get(key);
      return remove(e.value(), path.subList(1, path.size())).map(v -> {
        entries.put(key, new Node.Entry(key, e.line(), e.column(), v));
        return new Node.MapNode(m.line(), m.column(), entries);
      });
    }
    if (node instanceof Node.ListNode l && step instanceof Integer i && i < l.items().size() && path.size() > 1) {
      List<Node> items = new ArrayList<>(l.items());
      return remove(items.get(i), path.subList(1, path.size())).map(v -> {
        items.set(i, v);
        return new Node.ListNode(l.line(), l.column(), items);
      });
    }
    return Optional.empty();
  }

  private static Node put(Node tree, String key, Node value) {
    Node.MapNode m = (Node.MapNode) tree;
    Map<String, Node.Entry> entries = new LinkedHashMap<>(m.entries());
    entries.put(key, new Node.Entry(key, m.line(), m.column(), value));
    return new Node.MapNode(m.line(), m.column(), entries);
  }

  /** A value the field binds with: the file's name for the id, a dash for a name. */
  private static Node standIn(String key, Node tree, Path file) {
    Node.ScalarNode dash = text(tree, ContentLoader.STAND_IN_TEXT);
    return switch (key) {
      case "id" -> text(tree, file.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
      case "organization" -> new Node.MapNode(tree.line(), tree.column(), Map.of(
          "department", new Node.Entry("department", tree.line(), tree.column(), dash),
          "division", new Node.Entry("division", tree.line(), tree.column(), dash)));
      default -> dash;
    };
  }

  private static Node.ScalarNode text(Node at, String text) {
    return new Node.ScalarNode(at.line(), at.column(), Node.ScalarNode.Kind.STRING, text);
  }
}
