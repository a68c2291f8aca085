package io.newsflow.enrich;

/** An article record that enrich cannot process; the processing handler dead-letters it with this message. */
public final class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }
}
