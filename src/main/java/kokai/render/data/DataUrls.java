package kokai.render.data;

import kokai.model.SheetRef;

/**
 * The addresses of a sheet's page and data files as the data files cite them: absolute when the
 * site config gives a base URL, else relative to the site's root ({@code 2022/088/}).
 */
record DataUrls(String baseUrl) {
  DataUrls {
    baseUrl = baseUrl == null ? "" : baseUrl;
  }

  /** The sheet page's folder below the site root: {@code 2022/088/}. */
  static String sheetDir(SheetRef r) {
    return r.fiscalYear() + "/" + r.id() + "/";
  }

  String page(SheetRef r) {
    return baseUrl + sheetDir(r);
  }

  String sheetJson(SheetRef r) {
    return page(r) + DataFiles.SHEET_JSON;
  }

  String sheetCsv(SheetRef r) {
    return page(r) + DataFiles.SHEET_CSV;
  }

  String site(String path) {
    return baseUrl + path;
  }
}
