package io.newsflow.aggregate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.model.Json;
import io.newsflow.model.http.Responses;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An answer of the story API before it is written to a connection: the same whether it was computed here
 * or fetched from the instance that holds the key.
 *
 * @param status      the HTTP status
 * @param contentType the content type
 * @param body        the body
 * @param servedBy    {@code host:port} of the instance whose stores answered
 */
public record ApiResponse(int status, String contentType, byte[] body, String servedBy) {

    /** A JSON body of this value. */
    static ApiResponse json(int status, Object value, String servedBy) {
        try {
            return new ApiResponse(status, Responses.JSON, Json.MAPPER.writeValueAsBytes(value), servedBy);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON error body {@code {"error": message}}. */
    static ApiResponse error(int status, String message, String servedBy) {
        return json(status, Map.of("error", message), servedBy);
    }

    /** The body as text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
