package kokai.render.data;

import java.util.Objects;
import java.util.List;

/**
 * One data download as a page lists it: label, site-relative URL ({@code 2022/088/sheet.csv}),
 * media type and size in bytes.
 */
public record Download(String label, String url, String mediaType, long bytes) {
  public Download {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(mediaType, "mediaType");
  }

  /** The downloads of some data files, labelled by what they hold (JSON, CSV, CSV with English headers, …). */
  public static List<Download> of(List<DataFile> files) {
    return files.stream().map(f -> new Download(label(f.path()), f.path(), mediaType(f.path()), f.bytes().length)).toList();
  }

  private static String label(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return switch (name) {
      case DataFiles.SHEET_JSON -> "JSON";
      case DataFiles.SHEET_CSV -> "CSV";
      case DataFiles.SHEET_CSV_EN -> "CSV (English headers)";
      case "sheets.csv" -> "全シートの一覧 CSV";
      case "sheets.en.csv" -> "全シートの一覧 CSV（英語の見出し）";
      case "sheets.json" -> "全シート JSON";
      case "costs.csv" -> "コストの推移 CSV（縦持ち）";
      case "costs.en.csv" -> "コストの推移 CSV（縦持ち・英語の見出し）";
      case "sheet.schema.json" -> "JSON Schema";
      default -> name;
    };
  }

  private static String mediaType(String path) {
    if (path.endsWith(".csv")) {
      return "text/csv";
    }
    return path.endsWith(".schema.json") ? "application/schema+json" : "application/json";
  }

  /** 12 KB, 1.4 MB: the size as a download link shows it. */
  public String size() {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return ((bytes + 1023) / 1024) + " KB";
    }
    long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
    return (tenths / 10) + "." + (tenths % 10) + " MB";
  }
}
