/**
 * A synthetic corpus of evaluation sheets for benchmarks and scale tests ({@code kokai generate}):
 * {@link kokai.corpus.CorpusGenerator} draws the sheets, {@link kokai.corpus.CorpusWriter} writes them as
 * content files. Uses {@code kokai.model} only.
 */
package kokai.corpus;
