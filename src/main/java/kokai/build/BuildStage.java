package kokai.build;

/**
 * An extra stage of the build, run after the pages are rendered and before the site is checked
 * and published: the search index, data downloads, feeds. It reads the site index, not the pages. It writes its files through
 * {@link StageContext#sink()} and reports problems to {@link StageContext#diagnostics()}; an
 * error there stops the publish. Register it in {@link SiteBuild#standardStages()}. A full build runs
 * the extra stages at the same time, each in its own thread: a stage must not read what another
 * stage writes.
 *
 * <pre>{@code
 * final class RobotsStage implements BuildStage {
 *   public String name() { return "robots"; }
 *   public void run(StageContext ctx) { ctx.sink().write("robots.txt", bytes); }
 * }
 * }</pre>
 */
public interface BuildStage {
  /** The stage's name, used when a failure is reported. */
  String name();

  void run(StageContext context) throws Exception;

  /**
   * What {@code check} runs of this stage, whose sink keeps only the files' names (for the link
   * check): by default all of it. A stage that can give its problems and the names of the files
   * that pages link to without making them overrides this, to keep a check quick.
   */
  default void check(StageContext context) throws Exception {
    run(context);
  }

  /**
   * Whether a language version that the build makes beside the site ({@code en/}) runs this stage
   * into its own folder too: by default it does. A stage whose files serve every version alike
   * says no, and the version's pages link to the site's.
   */
  default boolean perVersion() {
    return true;
  }
}
