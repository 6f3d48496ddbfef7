package kokai.search;

/**
 * The filters of the search page, each with its URL parameter and the prefix of its keys in the
 * index. A key starts with a space, which no n-gram contains.
 */
enum FilterKey {
  YEAR("year", " y"),
  DEPARTMENT("dept", " d"),
  SDG("sdg", " s"),
  DIRECTION("direction", " v");

  private final String parameter;
  private final String prefix;

  FilterKey(String parameter, String prefix) {
    this.parameter = parameter;
    this.prefix = prefix;
  }

  String parameter() {
    return parameter;
  }

  String key(String value) {
    return prefix + value;
  }
}
