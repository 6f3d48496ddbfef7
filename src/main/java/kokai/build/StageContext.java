package kokai.build;

import java.util.Optional;
import java.util.function.Function;
import kokai.diag.Diagnostics;
import kokai.load.Content;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * What an extra stage gets: the loaded content, the site index, where to write, where to report,
 * and the interface text of the theme the build rendered with (a message key's text, for the
 * feed's labels), so that a stage does not look for the theme again.
 */
public record StageContext(Content content, SiteIndex index, OutputSink sink, Diagnostics diagnostics, BuildConfig config,
    Function<String, Optional<String>> interfaceText) {}
