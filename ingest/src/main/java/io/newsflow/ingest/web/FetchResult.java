package io.newsflow.ingest.web;

/**
 * The outcome of one fetch.
 *
 * @param outcome      what happened
 * @param finalUrl     the address that answered, after redirects
 * @param status       the last HTTP status, 0 when no response came
 * @param body         the body of a {@code FETCHED} response, else empty
 * @param contentType  its Content-Type, or null
 * @param etag         its ETag, for the next conditional request, or null
 * @param lastModified its Last-Modified, or null
 * @param reason       why a {@code FAILED} or {@code REFUSED} fetch did not give a page
 */
public record FetchResult(Outcome outcome, String finalUrl, int status, byte[] body, String contentType, String etag,
                          String lastModified, String reason) {

    /** The kinds of outcome; each failure kind is a dead-letter reason. */
    public enum Outcome { FETCHED, NOT_MODIFIED, FAILED, REFUSED }

    static FetchResult failed(String url, int status, String reason) {
        return new FetchResult(Outcome.FAILED, url, status, new byte[0], null, null, null, reason);
    }

    static FetchResult refused(String url, String reason) {
        return new FetchResult(Outcome.REFUSED, url, 0, new byte[0], null, null, null, reason);
    }
}
