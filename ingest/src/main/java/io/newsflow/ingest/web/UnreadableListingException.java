package io.newsflow.ingest.web;

/** A feed or sitemap that cannot be read; the message is the reason recorded in the dead letter. */
public final class UnreadableListingException extends Exception {

    public UnreadableListingException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
