package io.newsflow.ingest.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A JDK HttpServer on loopback serving fixture documents by path, with ETags; documents can be replaced while it runs. */
final class FixtureServer implements AutoCloseable {

    record Doc(String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Doc doc = docs.get(exchange.getRequestURI().getPath());
            if (doc == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(doc.body())) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Content-Type", doc.contentType());
            exchange.sendResponseHeaders(200, doc.body().length == 0 ? -1 : doc.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(doc.body());
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, String contentType, String body) {
        put(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    void put(String path, String contentType, byte[] body) {
        docs.put(path, new Doc(contentType, body));
    }

    static FetchSettings settings() {
        return new FetchSettings("newsflow-test/1.0", Duration.ofSeconds(2), Duration.ofSeconds(5), 256 * 1024, 3,
                Duration.ZERO, 1, Duration.ofSeconds(2), true);
    }

    static String article(String title, String body) {
        return """
                <html><head><title>%s</title><meta property="article:published_time" content="2024-03-01T09:00:00+01:00"></head>
                <body><article><h1>%s</h1><p>%s</p><p>It is the second paragraph of this article, long enough to count.</p>
                <p>And a third paragraph closes it, so that the block is clearly the article.</p></article></body></html>
                """.formatted(title, title, body);
    }

    static String rss(String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>/</link>");
        for (String item : items) {
            xml.append("<item><title>").append(item).append("</title><link>").append(item).append("</link></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
