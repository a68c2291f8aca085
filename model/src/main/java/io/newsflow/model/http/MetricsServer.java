package io.newsflow.model.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /metrics} endpoint (Prometheus text) of a service that serves nothing else: ingest and
 * enrich. The aggregator mounts {@link #handler} in its own server.
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;

    private MetricsServer(HttpServer server) {
        this.server = server;
    }

    /** A registry for one service, tagged {@code service=<name>}, with JVM memory, thread and CPU meters. */
    public static PrometheusMeterRegistry registry(String service) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", service);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    /** Serves {@code GET /metrics} of the registry, behind the settings' token, until closed. */
    public static MetricsServer start(HttpSettings settings, PrometheusMeterRegistry registry) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
            server.createContext("/metrics", handler(new HttpAccess(settings.token()), registry));
            server.start();
            LOG.info("metrics on http://{}:{}/metrics", settings.host(), server.getAddress().getPort());
            return new MetricsServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + settings.host() + ":" + settings.port(), e);
        }
    }

    /** The handler of {@code GET /metrics}. */
    public static HttpHandler handler(HttpAccess access, PrometheusMeterRegistry registry) {
        return exchange -> {
            if (!access.permits(exchange)) {
                Responses.unauthorized(exchange);
            } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                Responses.text(exchange, 405, "GET only");
            } else {
                Responses.send(exchange, 200, PROMETHEUS_TEXT, registry.scrape().getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** The port it listens on (useful when configured as 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
