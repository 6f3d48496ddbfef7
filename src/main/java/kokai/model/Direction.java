package kokai.model;

import java.util.List;

/** The direction decided for the project (方向性) and why. */
public record Direction(
    @Field(ja = "方向性", en = "Decision", doc = "例: 継続、拡大・拡充、改善、縮小、統合、休止、廃止、完了。") String decision,
    @Field(ja = "理由", en = "Reason") String reason) {

  /** The directions sheets usually use, in the order listings show them. */
  public static final List<String> KNOWN =
      List.of("拡大・拡充", "継続", "改善", "改善・見直し", "縮小", "統合", "休止", "廃止", "完了", "終了");

  /**
   * Blanks around the decision (full-width ones too) are not part of it, and a blank decision is
   * none: " 継続 " is 継続 on the sheet's page, in its listing, in the search, in the open data and
   * in the comparison of years, so that no view files it apart from the others.
   */
  public Direction {
    decision = decision == null || decision.isBlank() ? null : decision.strip();
  }
}
