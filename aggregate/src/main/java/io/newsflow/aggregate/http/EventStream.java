package io.newsflow.aggregate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import io.newsflow.model.Json;
import io.newsflow.model.Story;
import io.newsflow.model.http.Responses;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /stories/stream}: Server-Sent Events, one {@code story} event per story update on
 * {@code news.stories} (the whole story as JSON on one {@code data} line), and one {@code removed} event
 * ({@code {"storyId": …}}) per story that merged into another and left the topic. Each client has a bounded
 * queue; a client too slow to keep up is disconnected rather than slowing the others (EventSource
 * reconnects by itself). A comment line every few seconds keeps idle connections open.
 */
public final class EventStream implements AutoCloseable {

    private static final int QUEUE = 256;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(10);
    private static final byte[] END = new byte[0];

    private final Set<BlockingQueue<byte[]>> clients = ConcurrentHashMap.newKeySet();
    private final int maxClients;
    private volatile boolean closed;

    /** A stream serving at most {@code maxClients} connections at once. */
    EventStream(int maxClients) {
        this.maxClients = maxClients;
    }

    /** Sends a story update to every connected client. */
    void publish(Story story) {
        send(event("story", story));
    }

    /** Tells every connected client that a story is gone (merged into another). */
    void publishRemoved(String storyId) {
        send(event("removed", Map.of("storyId", storyId)));
    }

    private void send(byte[] event) {
        for (BlockingQueue<byte[]> client : clients) {
            if (!client.offer(event)) {
                clients.remove(client);
                client.clear();
                client.offer(END);
            }
        }
    }

    /** How many clients are connected. */
    int clients() {
        return clients.size();
    }

    /** Serves one client until it disconnects, falls behind or the stream closes; blocks its thread. */
    void serve(HttpExchange exchange) throws IOException {
        if (closed || clients.size() >= maxClients) {
            Responses.text(exchange, 503, "too many live streams open; retry later");
            return;
        }
        BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, 0);
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                byte[] next = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
                if (next == END) {
                    break;
                }
                out.write(next == null ? ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8) : next);
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    private static byte[] event(String name, Object data) {
        try {
            // the mapper writes no line breaks, so the JSON is one data line
            return ("event: " + name + "\ndata: " + Json.MAPPER.writeValueAsString(data) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<byte[]> client : clients) {
            client.clear();
            client.offer(END);
        }
    }
}
