package io.newsflow.aggregate.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.model.http.HttpAccess;
import io.newsflow.model.http.HttpSettings;
import io.newsflow.model.http.MetricsServer;
import io.newsflow.model.http.Responses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The aggregator's HTTP server: the story API, the live stream, the dashboard, {@code /status},
 * {@code /health} and {@code /metrics}. The socket is bound first ({@link #bind}) because Kafka Streams
 * must be told the port as its {@code application.server} before it starts.
 *
 * <p>Every route but {@code /health} asks for the access token when one is configured; a browser gets it
 * once through {@code /?token=...}, which sets an HttpOnly cookie and redirects to {@code /}, so the token
 * does not stay in the address bar.
 */
public final class AggregateServer implements AutoCloseable {

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final HttpAccess access;
    private final ExecutorService executor;

    private AggregateServer(HttpServer server, HttpAccess access, ExecutorService executor) {
        this.server = server;
        this.access = access;
        this.executor = executor;
    }

    /** Binds the socket of these settings; nothing is served until {@link #serve}. */
    public static AggregateServer bind(HttpSettings settings) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
            AtomicInteger threads = new AtomicInteger();
            // a thread per request: live streams hold theirs for as long as the client stays
            ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "aggregate-http-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            return new AggregateServer(server, new HttpAccess(settings.token()), executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + settings.host() + ":" + settings.port(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The access check, shared with the client that asks other instances. */
    public HttpAccess access() {
        return access;
    }

    /**
     * Mounts every route and starts serving.
     *
     * @param api      the story API
     * @param stream   the live story stream
     * @param state    the Streams client's state, for {@code /health}
     * @param status   the pipeline status, for {@code /status} and the dashboard
     * @param registry the meters, for {@code /metrics}
     */
    public void serve(StoryApi api, EventStream stream, Supplier<KafkaStreams.State> state, Supplier<Object> status,
                      PrometheusMeterRegistry registry) {
        server.createContext("/", counted(registry, "dashboard", this::dashboard));
        server.createContext("/health", counted(registry, "health", exchange -> health(exchange, state.get())));
        server.createContext("/metrics", MetricsServer.handler(access, registry));
        server.createContext("/status", counted(registry, "status", guarded(exchange ->
                write(exchange, ApiResponse.json(200, status.get(), null)))));
        server.createContext("/stories", counted(registry, "stories", guarded(exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> params = Paths.query(exchange.getRequestURI().getRawQuery());
            if (path.equals("/stories") || path.equals("/stories/")) {
                write(exchange, api.stories(params));
            } else if (path.equals("/stories/stream")) {
                stream.serve(exchange);
            } else {
                write(exchange, oneSegment(path, "/stories/") == null ? notFound()
                        : api.story(oneSegment(path, "/stories/"), params));
            }
        })));
        server.createContext("/articles", counted(registry, "articles", guarded(exchange -> {
            String id = oneSegment(exchange.getRequestURI().getRawPath(), "/articles/");
            write(exchange, id == null ? notFound()
                    : api.article(id, Paths.query(exchange.getRequestURI().getRawQuery())));
        })));
        server.start();
    }

    /** The decoded id of {@code prefix + id}, or null when the path is not exactly that. */
    private static String oneSegment(String rawPath, String prefix) {
        if (!rawPath.startsWith(prefix) || rawPath.length() == prefix.length()) {
            return null;
        }
        String rest = rawPath.substring(prefix.length());
        return rest.contains("/") ? null : Paths.decodeSegment(rest);
    }

    private static ApiResponse notFound() {
        return ApiResponse.error(404, "no such resource", null);
    }

    private void dashboard(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (!isRead(exchange)) {
            Responses.text(exchange, 405, "GET only");
        } else if (path.equals("/") || path.equals("/dashboard")) {
            String token = Paths.query(exchange.getRequestURI().getRawQuery()).get("token");
            if (token != null && access.matches(token)) {
                exchange.getResponseHeaders().add("Set-Cookie",
                        HttpAccess.COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
                exchange.getResponseHeaders().set("Location", "/");
                Responses.text(exchange, 303, "signed in");
            } else if (!access.permits(exchange)) {
                Responses.unauthorized(exchange);
            } else {
                resource(exchange, "dashboard.html", "text/html; charset=utf-8");
            }
        } else if (path.equals("/dashboard.js") || path.equals("/dashboard.css")) {
            // static code, no data: served without the token so the sign-in redirect can load it
            resource(exchange, path.substring(1), path.endsWith(".js")
                    ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
        } else {
            Responses.text(exchange, 404, "no such resource");
        }
    }

    private static void resource(HttpExchange exchange, String name, String contentType) throws IOException {
        try (InputStream in = AggregateServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the jar");
            }
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            Responses.send(exchange, 200, contentType, in.readAllBytes());
        }
    }

    private static void health(HttpExchange exchange, KafkaStreams.State state) throws IOException {
        Responses.text(exchange, state == KafkaStreams.State.RUNNING ? 200 : 503, state.name());
    }

    private HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            if (!access.permits(exchange)) {
                Responses.unauthorized(exchange);
            } else if (!isRead(exchange)) {
                Responses.text(exchange, 405, "GET only");
            } else {
                handler.handle(exchange);
            }
        };
    }

    private static HttpHandler counted(MeterRegistry registry, String route, HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } finally {
                registry.counter("newsflow.http.requests", "route", route,
                        "status", Integer.toString(exchange.getResponseCode())).increment();
                exchange.close();
            }
        };
    }

    private static boolean isRead(HttpExchange exchange) {
        return "GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod());
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        if (response.servedBy() != null) {
            exchange.getResponseHeaders().set(StoryApi.SERVED_BY, response.servedBy());
        }
        Responses.send(exchange, response.status(), response.contentType(), response.body());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
