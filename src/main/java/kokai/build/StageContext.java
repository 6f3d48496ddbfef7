package kokai.build;

import kokai.diag.Diagnostics;
import kokai.load.Content;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/** What an extra stage gets: the loaded content, the site index, where to write, where to report. */
public record StageContext(Content content, SiteIndex index, OutputSink sink, Diagnostics diagnostics, BuildConfig config) {}
