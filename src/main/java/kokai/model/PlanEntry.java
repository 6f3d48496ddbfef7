package kokai.model;

import java.util.Objects;

/** One entry of the city's strategic plan (戦略プラン) that the project serves. */
public record PlanEntry(
    @Field(ja = "戦略プラン番号", en = "Plan code", doc = "施策の番号。例: IV-3-3-2", required = true) String code,
    @Field(ja = "戦略プラン名", en = "Plan title", doc = "施策の名称（シートで途切れている場合はそのまま）。") String title) {

  public PlanEntry {
    Objects.requireNonNull(code, "code");
  }
}
