package kokai.model;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The names of files that editors and file browsers leave beside the files staff edit, which are
 * never content, theme or site files: hidden names ({@code .088.yaml.swp}, Emacs' lock link
 * {@code .#088.yaml}, {@code .DS_Store}), backups ({@code 088.yaml~}), Emacs' autosaves
 * ({@code #088.yaml#}) and Windows' {@code Thumbs.db} and {@code desktop.ini}. Loading, the theme's
 * files and the preview's watcher pass them by with one rule.
 *
 * <pre>{@code
 * EditorFiles.isLeftover("088.yaml~")   // true
 * EditorFiles.isLeftover("088.yaml")    // false
 * }</pre>
 */
public final class EditorFiles {
  private EditorFiles() {}

  /** Whether a file or folder of this name is an editor's or a file browser's, not the site's. */
  public static boolean isLeftover(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.startsWith(".") || name.endsWith("~") || (name.length() > 1 && name.startsWith("#") && name.endsWith("#"))
        || lower.equals("thumbs.db") || lower.equals("desktop.ini");
  }

  /**
   * Whether a hidden name is one a web server reads ({@code .htaccess}, {@code .well-known}): in the
   * files a site publishes as they are, such names are the city's, not an editor's leftovers.
   */
  public static boolean isWebServerFile(String name) {
    return name.equals(".htaccess") || name.equals(".well-known");
  }

  /** Whether a relative path ({@code css/site.css~}, {@code .git/HEAD}) is a leftover or lies in one. */
  public static boolean isLeftover(Path relative) {
    for (Path name : relative) {
      if (isLeftover(name.toString())) {
        return true;
      }
    }
    return false;
  }
}
