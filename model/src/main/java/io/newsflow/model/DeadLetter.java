package io.newsflow.model;

import java.time.Instant;
import java.util.Base64;

/**
 * A bad input that could not be processed, published on {@code news.dead-letter} with the reason.
 * Nothing is lost: the original payload travels with it, or a reference to it when it is too large.
 *
 * @param schemaVersion   the contract version of this record ({@link #SCHEMA_VERSION})
 * @param source          where the input came from: a file path and line, a URL, or a topic
 * @param stage           the stage that rejected it: ingest, enrich or aggregate
 * @param reason          a clear, human-readable reason
 * @param errorClass      the exception class behind the reason, null when there was none
 * @param articleId       the article id when one was known, else null
 * @param topic           the input topic of a rejected Kafka record, else null
 * @param partition       its partition, else null
 * @param offset          its offset, else null
 * @param payload         the original payload, null when too large (see {@code payloadRef})
 * @param payloadEncoding {@code utf-8} when the payload is text, {@code base64} when it is not valid UTF-8
 * @param payloadBytes    size of the original payload in bytes
 * @param payloadRef      where the original can be found when it is not inlined (path, URL or topic/partition/offset)
 * @param failedAt        when it was rejected
 */
public record DeadLetter(
        int schemaVersion,
        String source,
        String stage,
        String reason,
        String errorClass,
        String articleId,
        String topic,
        Integer partition,
        Long offset,
        String payload,
        String payloadEncoding,
        long payloadBytes,
        String payloadRef,
        Instant failedAt) {

    /** The current contract version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /** Payloads above this size are referenced, not inlined, so a dead letter stays a small record. */
    public static final int MAX_INLINE_PAYLOAD_BYTES = 256 * 1024;

    /**
     * A dead letter for a payload, inlined as text when it is valid UTF-8, as base64 when it is not, and
     * referenced by {@code payloadRef} when it is larger than {@link #MAX_INLINE_PAYLOAD_BYTES}.
     */
    public static DeadLetter of(String source, String stage, String reason, Throwable error, String articleId,
                                byte[] payload, String payloadRef, Instant failedAt) {
        return of(source, stage, reason, error, articleId, null, null, null, payload, payloadRef, failedAt);
    }

    /** A dead letter for a Kafka record that a stage could not process. */
    public static DeadLetter of(String source, String stage, String reason, Throwable error, String articleId,
                                String topic, Integer partition, Long offset, byte[] payload, String payloadRef,
                                Instant failedAt) {
        long size = payload == null ? 0 : payload.length;
        String inlined = null;
        String encoding = null;
        if (payload != null && payload.length <= MAX_INLINE_PAYLOAD_BYTES) {
            inlined = Text.strictUtf8(payload);
            encoding = "utf-8";
            if (inlined == null) {
                inlined = Base64.getEncoder().encodeToString(payload);
                encoding = "base64";
            }
        }
        String ref = inlined == null ? payloadRef : null;
        return new DeadLetter(SCHEMA_VERSION, source, stage, reason,
                error == null ? null : error.getClass().getName(), articleId, topic, partition, offset,
                inlined, encoding, size, ref, failedAt);
    }
}
