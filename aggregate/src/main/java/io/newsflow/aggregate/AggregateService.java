package io.newsflow.aggregate;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.aggregate.http.AggregateServer;
import io.newsflow.aggregate.http.PeerClient;
import io.newsflow.aggregate.http.ServingRuntime;
import io.newsflow.aggregate.http.StoryApi;
import io.newsflow.aggregate.http.StreamsStoreView;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.http.HttpSettings;
import io.newsflow.model.http.MetricsServer;
import io.newsflow.model.streams.StreamsApp;
import io.newsflow.model.streams.StreamsSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregator as deployed: the Streams app and its HTTP server, which advertises itself to the other
 * instances as {@code application.server} so that a request for a key held elsewhere is forwarded there.
 */
public final class AggregateService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateService.class);
    /** The default port of {@code aggregate.http.port}. */
    public static final int DEFAULT_PORT = 8480;

    private final StreamsApp app;
    private final AggregateServer server;
    private final ServingRuntime runtime;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;
    private final HostInfo self;
    private final HttpSettings settings;
    private final AtomicBoolean servingClosed = new AtomicBoolean();

    private AggregateService(NewsflowConfig config) {
        this.settings = HttpSettings.from(config, "aggregate.http", DEFAULT_PORT);
        this.server = AggregateServer.bind(settings);
        this.self = new HostInfo(advertisedHost(config, settings), server.port());
        Properties props = StreamsSettings.forStage(config, AggregateMain.STAGE);
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        this.app = new StreamsApp(AggregateMain.STAGE, AggregateMain.topology(config), props);
        this.registry = MetricsServer.registry(AggregateMain.STAGE);
        this.streamsMetrics = new KafkaStreamsMetrics(app.streams());
        this.runtime = new ServingRuntime(config, registry);
    }

    /** The service for a configuration ({@code aggregate.http.*} and everything the app needs), not started. */
    public static AggregateService create(NewsflowConfig config) {
        return new AggregateService(config);
    }

    /** Starts the Streams app, then serves. */
    public AggregateService start() {
        app.start();
        streamsMetrics.bindTo(registry);
        runtime.start();
        StoryApi api = new StoryApi(new StreamsStoreView(app.streams(), self), new PeerClient(server.access().bearerHeader()));
        server.serve(api, runtime.stream(), app::state, () -> runtime.status(self, app.state()), registry);
        LOG.info("aggregate: dashboard and API on {}", dashboardUrl());
        return this;
    }

    /** Runs until SIGTERM, for {@code main}. */
    public void runUntilShutdown() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeServing, "aggregate-http-shutdown"));
        start();
        app.runUntilShutdown();
    }

    /** The Streams app. */
    public StreamsApp app() {
        return app;
    }

    /** The meters served on {@code /metrics}; other services in the same JVM may add theirs. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The dashboard's address. */
    public URI dashboardUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + (host.equals("0.0.0.0") ? self.host() : host) + ":" + server.port() + "/");
    }

    /** This instance's {@code application.server}. */
    public HostInfo self() {
        return self;
    }

    private static String advertisedHost(NewsflowConfig config, HttpSettings settings) {
        String advertised = config.get("aggregate.http.advertised.host", null);
        if (advertised != null) {
            return advertised;
        }
        if (!settings.host().equals("0.0.0.0") && !settings.host().equals("::")) {
            return settings.host();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("set aggregate.http.advertised.host: this host has no resolvable name", e);
        }
    }

    private void closeServing() {
        if (!servingClosed.compareAndSet(false, true)) {
            return;
        }
        server.close();
        runtime.close();
        streamsMetrics.close();
    }

    @Override
    public void close() {
        closeServing();
        app.close();
        registry.close();
    }
}
