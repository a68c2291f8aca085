package io.newsflow.ingest;

/** Ingest could not hand records to Kafka; nothing of the pass can be assumed published. */
public final class IngestException extends RuntimeException {

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
