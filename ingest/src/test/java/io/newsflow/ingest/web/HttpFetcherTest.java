package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a JDK HttpServer on loopback serving fixtures written here. */
class HttpFetcherTest {

    private static final String PAGE = "<html><body><p>The bridge reopened.</p></body></html>";

    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Long> requestTimes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/robots.txt", exchange -> send(exchange, 200, "User-agent: *\nDisallow: /private/\n"));
        server.createContext("/page", exchange -> send(exchange, 200, PAGE));
        server.createContext("/cached", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                send(exchange, 304, "");
            } else {
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.getResponseHeaders().add("Last-Modified", "Fri, 01 Mar 2024 10:00:00 GMT");
                send(exchange, 200, PAGE);
            }
        });
        AtomicInteger throttled = new AtomicInteger();
        server.createContext("/busy", exchange -> {
            if (throttled.getAndIncrement() == 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 429, "slow down");
            } else {
                send(exchange, 200, PAGE);
            }
        });
        server.createContext("/gone-for-long", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            send(exchange, 503, "maintenance");
        });
        server.createContext("/private/secret", exchange -> send(exchange, 200, "secret"));
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-internal", exchange -> redirect(exchange, "http://10.1.2.3/admin"));
        server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        server.createContext("/hop", exchange -> redirect(exchange, "/page"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/giant", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                // the fetcher stops reading at its limit
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPageIsFetchedWithTheUserAgent() {
        FetchResult result = fetcher().fetch(base + "/page", HttpFetcher.Validators.NONE);

        assertThat(result.outcome()).isEqualTo(FetchResult.Outcome.FETCHED);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(requests).contains("GET /page newsflow-test/1.0");
    }

    @Test
    void aConditionalGetOfAnUnchangedPageIsNotModified() {
        HttpFetcher fetcher = fetcher();
        FetchResult first = fetcher.fetch(base + "/cached", HttpFetcher.Validators.NONE);

        FetchResult second = fetcher.fetch(base + "/cached", new HttpFetcher.Validators(first.etag(), first.lastModified()));

        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.outcome()).isEqualTo(FetchResult.Outcome.NOT_MODIFIED);
        assertThat(second.body()).isEmpty();
    }

    @Test
    void everyFetchIsCountedByHostAndOutcome() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        HttpFetcher fetcher = new HttpFetcher(settings(true));
        fetcher.bindTo(meters);
        FetchResult first = fetcher.fetch(base + "/cached", HttpFetcher.Validators.NONE);
        fetcher.fetch(base + "/cached", new HttpFetcher.Validators(first.etag(), first.lastModified()));
        fetcher.fetch(base + "/page", HttpFetcher.Validators.NONE);
        fetcher.fetch("file:///etc/passwd", HttpFetcher.Validators.NONE);

        assertThat(fetches(meters, "127.0.0.1", "fetched")).isEqualTo(2.0);
        assertThat(fetches(meters, "127.0.0.1", "not_modified")).isEqualTo(1.0);
        assertThat(fetches(meters, "none", "refused")).isEqualTo(1.0);
    }

    private static double fetches(SimpleMeterRegistry meters, String host, String outcome) {
        return meters.get("newsflow.ingest.fetches").tag("host", host).tag("outcome", outcome).counter().count();
    }

    @Test
    void a429IsRetriedAfterTheTimeItAsksFor() {
        FetchResult result = fetcher().fetch(base + "/busy", HttpFetcher.Validators.NONE);

        assertThat(result.outcome()).isEqualTo(FetchResult.Outcome.FETCHED);
        List<Long> busyTimes = timesOf("/busy");
        assertThat(busyTimes).hasSize(2);
        assertThat(busyTimes.get(1) - busyTimes.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(950).toNanos());
    }

    @Test
    void aRetryAfterLongerThanTheLimitFailsAtOnce() {
        FetchResult result = fetcher().fetch(base + "/gone-for-long", HttpFetcher.Validators.NONE);

        assertThat(result.outcome()).isEqualTo(FetchResult.Outcome.FAILED);
        assertThat(result.status()).isEqualTo(503);
        assertThat(timesOf("/gone-for-long")).hasSize(1);
    }

    @Test
    void robotsTxtDisallowIsHonouredWithoutRequestingThePage() {
        FetchResult result = fetcher().fetch(base + "/private/secret", HttpFetcher.Validators.NONE);

        assertThat(result.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
        assertThat(result.reason()).isEqualTo("disallowed by robots.txt");
        assertThat(requests).noneMatch(line -> line.startsWith("GET /private"));
    }

    @Test
    void redirectsToLinkLocalOrPrivateAddressesAreRefusedBeforeConnecting() {
        HttpFetcher fetcher = fetcher();

        FetchResult metadata = fetcher.fetch(base + "/to-metadata", HttpFetcher.Validators.NONE);
        FetchResult internal = fetcher.fetch(base + "/to-internal", HttpFetcher.Validators.NONE);

        assertThat(metadata.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
        assertThat(metadata.reason()).contains("169.254.169.254");
        assertThat(internal.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
        assertThat(internal.reason()).contains("10.1.2.3");
    }

    @Test
    void loopbackIsRefusedUnlessConfigured() {
        FetchSettings strict = new FetchSettings("newsflow-test/1.0", Duration.ofSeconds(2), Duration.ofSeconds(5),
                1024 * 1024, 3, Duration.ZERO, 1, Duration.ofSeconds(2), false);

        FetchResult result = new HttpFetcher(strict).fetch(base + "/page", HttpFetcher.Validators.NONE);

        assertThat(result.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
        assertThat(requests).isEmpty();
    }

    /**
     * The client connects where the guard's answer points: a made-up name reaches the test server only
     * through the guard's lookup, and the same answer is refused when loopback is not allowed. So the
     * checked address is the one connected to (no second lookup a rebinding DNS could answer otherwise).
     */
    @Test
    void theClientConnectsOnlyToAddressesTheGuardResolvedAndChecked() {
        List<String> looked = new CopyOnWriteArrayList<>();
        AddressGuard.NameLookup rebinding = host -> {
            looked.add(host);
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        };
        String url = "http://news.rebind.test:" + server.getAddress().getPort() + "/page";

        FetchResult allowed = new HttpFetcher(settings(true), rebinding).fetch(url, HttpFetcher.Validators.NONE);
        FetchResult strict = new HttpFetcher(settings(false), rebinding).fetch(url, HttpFetcher.Validators.NONE);

        assertThat(allowed.outcome()).isEqualTo(FetchResult.Outcome.FETCHED);
        assertThat(new String(allowed.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(looked).contains("news.rebind.test");
        assertThat(strict.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
        assertThat(strict.reason()).isEqualTo("disallowed by robots.txt");
        assertThat(requests).as("only the allowed fetcher reached the server").hasSize(2);
    }

    @Test
    void aNameResolvingToAPrivateAddressIsRefusedWithItsReason() {
        AddressGuard.NameLookup internal = host -> new InetAddress[] {InetAddress.getByName("10.9.8.7")};
        HttpFetcher fetcher = new HttpFetcher(settings(true), internal);

        FetchResult robots = fetcher.fetch("http://intranet.example/robots.txt", HttpFetcher.Validators.NONE);

        assertThat(robots.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
        assertThat(robots.reason()).isIn("disallowed by robots.txt");
        FetchResult direct = fetcher.once(java.net.URI.create("http://intranet.example/page"), HttpFetcher.Validators.NONE);
        assertThat(direct.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
        assertThat(direct.reason()).isEqualTo("private or link-local address 10.9.8.7 refused");
    }

    @Test
    void onlyHttpAndHttpsAreFollowedAndRedirectsAreBounded() {
        HttpFetcher fetcher = fetcher();

        assertThat(fetcher.fetch("file:///etc/passwd", HttpFetcher.Validators.NONE).reason()).startsWith("scheme not allowed");
        assertThat(fetcher.fetch(base + "/to-file", HttpFetcher.Validators.NONE).reason()).contains("scheme not allowed");
        FetchResult hop = fetcher.fetch(base + "/hop", HttpFetcher.Validators.NONE);
        assertThat(hop.outcome()).isEqualTo(FetchResult.Outcome.FETCHED);
        assertThat(hop.finalUrl()).endsWith("/page");
        assertThat(fetcher.fetch(base + "/loop", HttpFetcher.Validators.NONE).reason()).isEqualTo("more than 3 redirects");
    }

    @Test
    void aGiantBodyIsCutOffAtTheLimit() {
        FetchResult result = fetcher().fetch(base + "/giant", HttpFetcher.Validators.NONE);

        assertThat(result.outcome()).isEqualTo(FetchResult.Outcome.FAILED);
        assertThat(result.reason()).isEqualTo("body larger than 1048576 bytes");
    }

    @Test
    void requestsToOneHostAreSpacedByTheMinimumDelay() {
        HttpFetcher fetcher = fetcher();
        fetcher.fetch(base + "/page", HttpFetcher.Validators.NONE);
        fetcher.fetch(base + "/page", HttpFetcher.Validators.NONE);

        List<Long> pageTimes = timesOf("/page");
        assertThat(pageTimes).hasSize(2);
        assertThat(pageTimes.get(1) - pageTimes.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(290).toNanos());
    }

    private static FetchSettings settings(boolean allowLoopback) {
        return new FetchSettings("newsflow-test/1.0", Duration.ofSeconds(2), Duration.ofSeconds(5), 1024 * 1024, 3,
                Duration.ZERO, 1, Duration.ofSeconds(2), allowLoopback);
    }

    private HttpFetcher fetcher() {
        return new HttpFetcher(new FetchSettings("newsflow-test/1.0", Duration.ofSeconds(2), Duration.ofSeconds(5),
                1024 * 1024, 3, Duration.ofMillis(300), 2, Duration.ofSeconds(5), true));
    }

    private List<Long> timesOf(String path) {
        List<Long> times = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).startsWith("GET " + path + " ")) {
                times.add(requestTimes.get(i));
            }
        }
        return times;
    }

    private void send(HttpExchange exchange, int status, String body) throws IOException {
        synchronized (this) {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            requestTimes.add(System.nanoTime());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 304 ? -1 : bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, 302, "");
    }
}
