package io.newsflow.model.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing whole responses to a {@link HttpExchange}. */
public final class Responses {

    /** Content type of JSON bodies. */
    public static final String JSON = "application/json; charset=utf-8";
    /** Content type of plain text bodies. */
    public static final String TEXT = "text/plain; charset=utf-8";

    private Responses() {
    }

    /** Sends a whole body with its status and content type, and closes the exchange. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    /** Sends a short plain-text message. */
    public static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Answers 401 and names the scheme the client should use. */
    public static void unauthorized(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newsflow\"");
        text(exchange, 401, "access token required (Authorization: Bearer ...)");
    }
}
