package kokai.importer;

/** The parts of a sheet, each under its own heading line, in the order the sheet prints them. */
enum Section {
  BASIC("事業の基本情報"),
  OVERVIEW("事業の概要"),
  COSTS("コストの推移"),
  PARTICIPATION("市民参加の取組状況"),
  INDICATORS("指標の推移"),
  RESULTS("事業の成果と課題"),
  EVALUATION("評価"),
  DIRECTION("方向性");

  private final String title;

  Section(String title) {
    this.title = title;
  }

  String title() {
    return title;
  }
}
