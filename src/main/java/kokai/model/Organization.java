package kokai.model;

import java.util.Objects;

/**
 * Who runs the project: department (部), division (課) and section (係). Blanks around a name are not
 * part of it, and a blank section is no section: listings group sheets by these names, so "総務部 "
 * and "総務部" must be one department and a section written as "" must not be one called "".
 */
public record Organization(
    @Field(ja = "部", en = "Department", doc = "担当部。例: 政策イノベーション部", required = true, nonBlank = true) String department,
    @Field(ja = "課", en = "Division", doc = "担当課。例: 情報政策課", required = true, nonBlank = true) String division,
    @Field(ja = "係名", en = "Section", doc = "担当係。例: 情報システム係") String section) {

  public Organization {
    department = requireName(department, "department");
    division = requireName(division, "division");
    section = section == null || section.isBlank() ? null : section.strip();
  }

  private static String requireName(String name, String field) {
    Objects.requireNonNull(name, field);
    if (name.isBlank()) {
      throw new InvalidFieldException(field, "the " + field + " is empty");
    }
    return name.strip();
  }
}
