package kokai.model;

import java.util.Objects;

/** Who runs the project: department (部), division (課) and section (係). */
public record Organization(
    @Field(ja = "部", en = "Department", doc = "担当部。例: 政策イノベーション部", required = true) String department,
    @Field(ja = "課", en = "Division", doc = "担当課。例: 情報政策課", required = true) String division,
    @Field(ja = "係名", en = "Section", doc = "担当係。例: 情報システム係") String section) {

  public Organization {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(division, "division");
  }
}
