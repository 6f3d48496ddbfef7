package kokai.model;

/** Citizen participation (市民参加の取組状況) at each of the four stages; null where none. */
public record Participation(
    @Field(ja = "共有、理解", en = "Sharing and understanding") String sharing,
    @Field(ja = "企画・立案、計画", en = "Planning") String planning,
    @Field(ja = "実行", en = "Implementation") String implementation,
    @Field(ja = "評価、検証", en = "Evaluation") String evaluation) {

  /** Whether no stage has any participation. */
  public boolean isEmpty() {
    return sharing == null && planning == null && implementation == null && evaluation == null;
  }
}
