package kokai.model;

/** One self-evaluation score on the scale 1–5 with its comment. */
public record Score(
    @Field(ja = "評点", en = "Score", doc = "1〜5。", required = true, min = 1, max = 5) int score,
    @Field(ja = "評価の説明", en = "Comment") String comment) {

  /** The top of the scale. */
  public static final int MAX = 5;

  public Score {
    if (score < 1 || score > MAX) {
      throw new IllegalArgumentException("score " + score + " is outside 1–" + MAX);
    }
  }
}
