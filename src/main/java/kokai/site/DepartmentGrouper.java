package kokai.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kokai.model.Sheet;

/**
 * Groups sheets into departments, divisions and sections. Departments come in the order site.yaml's
 * {@code departmentSlugs} names them (the city's own order), then the others, like divisions and
 * sections, in the order they first appear among the sheets sorted by fiscal year and id (the
 * numbering of sheets usually follows the organisation chart). Two departments that would share a
 * slug get "-2", "-3" in that same order.
 */
final class DepartmentGrouper {
  private final Map<String, String> configured;

  DepartmentGrouper(Map<String, String> configured) {
    this.configured = configured;
  }

  List<Department> group(List<Sheet> sorted) {
    Map<String, Map<String, Map<String, List<Sheet>>>> tree = new LinkedHashMap<>();
    for (Sheet s : sorted) {
      var o = s.organization();
      tree.computeIfAbsent(o.department(), k -> new LinkedHashMap<>())
          .computeIfAbsent(o.division(), k -> new LinkedHashMap<>())
          .computeIfAbsent(o.section() == null ? "" : o.section(), k -> new ArrayList<>())
          .add(s);
    }
    Map<String, Map<String, Map<String, List<Sheet>>>> ordered = new LinkedHashMap<>();
    configured.keySet().stream().filter(tree::containsKey).forEach(name -> ordered.put(name, tree.get(name)));
    tree.forEach(ordered::putIfAbsent);
    Set<String> used = new HashSet<>();
    List<Department> out = new ArrayList<>();
    ordered.forEach((name, divisions) -> {
      String slug = unique(SiteSlugs.department(name, configured), used);
      List<Division> ds = new ArrayList<>();
      divisions.forEach((division, sections) -> ds.add(division(name, division, sections)));
      List<Sheet> all = ds.stream().flatMap(d -> d.sheets().stream()).toList();
      out.add(new Department(name, slug, SiteIndex.DEPARTMENTS + slug + "/", ds, Groups.totalsPerYear(all)));
    });
    return List.copyOf(out);
  }

  private static Division division(String dept, String name, Map<String, List<Sheet>> sections) {
    List<Section> ss = new ArrayList<>();
    sections.forEach((section, list) -> ss.add(new Section(
        section.isEmpty() ? null : section,
        SiteSlugs.anchor("sec", dept + "\u0000" + name + "\u0000" + section),
        list.stream().sorted(SiteIndex.NEWEST_FIRST).toList())));
    List<Sheet> all = ss.stream().flatMap(s -> s.sheets().stream()).toList();
    return new Division(name, SiteSlugs.anchor("div", dept + "\u0000" + name), ss, Groups.totalsPerYear(all));
  }

  private static String unique(String slug, Set<String> used) {
    String s = slug;
    for (int i = 2; !used.add(s); i++) {
      s = slug + "-" + i;
    }
    return Objects.requireNonNull(s);
  }
}
