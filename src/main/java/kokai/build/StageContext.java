package kokai.build;

import kokai.diag.Diagnostics;
import kokai.load.Content;
import kokai.render.SiteRenderer;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * What an extra stage gets: the loaded content, the site index, where to write, where to report,
 * and the renderer the build rendered the pages with (its theme's interface text labels the feed;
 * the preview renders its edits with it), so that nothing after the rendering opens the theme again.
 */
public record StageContext(Content content, SiteIndex index, OutputSink sink, Diagnostics diagnostics, BuildConfig config,
    SiteRenderer renderer) {}
