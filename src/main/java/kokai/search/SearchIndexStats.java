package kokai.search;

/**
 * What writing an index produced, for build reports and the benchmark.
 *
 * @param documents sheets indexed
 * @param keys distinct n-grams and filter values
 * @param shards posting shard files
 * @param docFiles document files (metadata and text for snippets)
 * @param shardBytes bytes of all shard files
 * @param docBytes bytes of all document files
 * @param manifestBytes bytes of the manifest
 */
public record SearchIndexStats(int documents, int keys, int shards, int docFiles, long shardBytes, long docBytes,
    long manifestBytes) {

  /** Every byte written. */
  public long totalBytes() {
    return shardBytes + docBytes + manifestBytes;
  }

  /** Every file written. */
  public int files() {
    return shards + docFiles + 1;
  }
}
