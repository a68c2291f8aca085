/**
 * The near-duplicate detector spread over Kafka Streams partitions: the messages between its steps, the
 * binary values of its stores and the thin processors around the pure core in the parent package.
 *
 * <p>Flow (each arrow a named repartition topic): article, keyed by article id → {@link FanOutToBands}
 * stores its sketch and sends one request per LSH band → keyed by band key, {@link BandLookup} answers
 * with the earlier articles in that band and indexes the article → keyed by article id,
 * {@link GatherCandidates} collects the answers of all bands and asks each candidate → keyed by the
 * candidate's id, {@link ConfirmAgainstSketch} computes the similarity against the candidate's stored
 * sketch → keyed by article id, {@link DecideOriginal} picks the earliest confirmed original.
 */
package io.newsflow.enrich.dedup.stream;
