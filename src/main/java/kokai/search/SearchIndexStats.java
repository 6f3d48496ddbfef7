package kokai.search;

/**
 * What writing an index produced, for build reports and the benchmark.
 *
 * @param documents sheets indexed
 * @param keys distinct n-grams and filter values
 * @param shards posting shard files
 * @param shardBytes bytes of all shard files
 * @param metaFiles metadata files (what a result shows without its snippet)
 * @param metaBytes bytes of all metadata files
 * @param textFiles text files (the snippets' text, two per document: the overview and the rest)
 * @param textBytes bytes of all text files
 * @param manifestBytes bytes of the manifest
 */
public record SearchIndexStats(int documents, int keys, int shards, long shardBytes, int metaFiles, long metaBytes,
    int textFiles, long textBytes, long manifestBytes) {

  /** Every byte written. */
  public long totalBytes() {
    return shardBytes + metaBytes + textBytes + manifestBytes;
  }

  /** Every file written. */
  public int files() {
    return shards + metaFiles + textFiles + 1;
  }
}
