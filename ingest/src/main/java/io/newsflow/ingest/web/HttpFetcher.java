package io.newsflow.ingest.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * A polite, bounded HTTP fetcher on Apache HttpClient 5: http and https only, robots.txt honoured, one
 * request at a time per host with a minimum delay (or the site's crawl delay), conditional GET, 429/503
 * retried after Retry-After, timeouts, a body limit, and redirects followed by hand so that every hop is
 * checked.
 *
 * <p>SSRF: the client resolves names only through {@link AddressGuard}, which refuses a host if any of its
 * addresses is loopback (unless allowed), private or link-local, so what is checked is what the client
 * connects to, redirects and https included (the JDK client offers no such hook on Java 17). Address
 * literals in URLs are checked before the request.
 *
 * <p>Every fetch is counted by host and outcome ({@code newsflow.ingest.fetches}: fetched, not_modified,
 * failed, refused); robots.txt requests are not counted.
 */
public final class HttpFetcher implements MeterBinder {

    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5";
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * Validators from an earlier response, for a conditional request.
     *
     * @param etag         the ETag, or null
     * @param lastModified the Last-Modified, or null
     */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private final FetchSettings settings;
    private volatile MeterRegistry meters = new SimpleMeterRegistry();
    private final AddressGuard guard;
    private final CloseableHttpClient client;
    private final Map<String, HostSlot> hosts = new ConcurrentHashMap<>();

    /** A fetcher whose counts are kept in memory until it is bound to a registry. */
    public HttpFetcher(FetchSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    /** A fetcher resolving names with {@code names} (the system resolver in production; a stand-in in tests). */
    public HttpFetcher(FetchSettings settings, AddressGuard.NameLookup names) {
        this(settings, names, null);
    }

    /**
     * A fetcher resolving names with {@code names} and trusting the certificates {@code tls} trusts
     * (null: the JDK's default trust store), so that tests can serve https with their own certificate.
     */
    HttpFetcher(FetchSettings settings, AddressGuard.NameLookup names, SSLContext tls) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowLoopback(), names);
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.requestTimeout()))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections(connections, tls))
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.requestTimeout()))
                        .build())
                .setUserAgent(settings.userAgent())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    private PoolingHttpClientConnectionManager connections(ConnectionConfig config, SSLContext tls) {
        PoolingHttpClientConnectionManagerBuilder builder = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(guard)
                .setDefaultConnectionConfig(config);
        if (tls != null) {
            builder.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).buildClassic());
        }
        return builder.build();
    }

    /** Counts the fetches from now on in {@code registry}. */
    @Override
    public void bindTo(MeterRegistry registry) {
        meters = registry;
    }

    /** Fetches a page, feed or sitemap; never throws for network or server trouble, which is an outcome. */
    public FetchResult fetch(String url, Validators validators) {
        FetchResult result = fetchOnce(url, validators);
        count(url, result);
        return result;
    }

    private FetchResult fetchOnce(String url, Validators validators) {
        Optional<String> bad = badScheme(url);
        if (bad.isPresent()) {
            return FetchResult.refused(url, bad.get());
        }
        URI uri = URI.create(url);
        HostSlot slot = slot(uri);
        if (!slot.robots(this, uri).allows(url)) {
            return FetchResult.refused(url, "disallowed by robots.txt");
        }
        return follow(uri, validators);
    }

    private void count(String url, FetchResult result) {
        String host;
        try {
            host = Optional.ofNullable(URI.create(url).getHost()).orElse("none");
        } catch (IllegalArgumentException e) {
            host = "none";
        }
        Counter.builder("newsflow.ingest.fetches")
                .description("fetches by host and outcome")
                .tag("host", host.toLowerCase(Locale.ROOT))
                .tag("outcome", result.outcome().name().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
    }

    private FetchResult follow(URI start, Validators validators) {
        URI uri = start;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            FetchResult result = withRetries(uri, validators);
            if (result.status() < 300 || result.status() >= 400 || result.status() == 304 || result.reason() == null
                    || !result.reason().startsWith("redirect:")) {
                return result;
            }
            URI next = uri.resolve(result.reason().substring("redirect:".length()));
            Optional<String> bad = badScheme(next.toString());
            if (bad.isPresent()) {
                return FetchResult.refused(next.toString(), "redirect to " + bad.get());
            }
            uri = next;
        }
        return FetchResult.failed(uri.toString(), 0, "more than " + settings.maxRedirects() + " redirects");
    }

    private FetchResult withRetries(URI uri, Validators validators) {
        FetchResult result = null;
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            result = once(uri, validators);
            if (result.status() != 429 && result.status() != 503) {
                return result;
            }
            Duration wait = retryAfter(result.reason());
            if (wait.compareTo(settings.maxRetryAfter()) > 0 || attempt == settings.maxRetries()) {
                break;
            }
            slot(uri).deferUntil(System.nanoTime() + wait.toNanos());
        }
        return FetchResult.failed(uri.toString(), result.status(), "HTTP " + result.status() + " after "
                + settings.maxRetries() + " retries");
    }

    /** One request, one response: address-literal check, politeness wait, send, read a bounded body. */
    FetchResult once(URI uri, Validators validators) {
        Optional<String> refused = refusedLiteral(uri.getHost());
        if (refused.isPresent()) {
            return FetchResult.refused(uri.toString(), refused.get());
        }
        HostSlot slot = slot(uri);
        slot.lock.lock();
        try {
            slot.awaitTurn();
            HttpGet get = request(uri, validators);
            ClassicHttpResponse response = client.executeOpen(null, get, null);
            try {
                FetchResult result = read(uri, response);
                if (result.outcome() != FetchResult.Outcome.FETCHED) {
                    // a body not read to its end would be drained on close (it may be endless): drop the connection
                    get.cancel();
                }
                return result;
            } finally {
                closeQuietly(response);
            }
        } catch (AddressGuard.RefusedException e) {
            return FetchResult.refused(uri.toString(), e.getMessage());
        } catch (SocketTimeoutException e) {
            return FetchResult.failed(uri.toString(), 0, "timeout: " + e.getMessage());
        } catch (IOException e) {
            return FetchResult.failed(uri.toString(), 0, "connection failed: " + e.getMessage());
        } finally {
            slot.done(settings.minHostDelay());
            slot.lock.unlock();
        }
    }

    /** What is read is read: a failure to close a connection (already dropped, say) changes nothing. */
    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the connection is gone either way
        }
    }

    /** An IP literal in the URL is checked here: no name is looked up for it. */
    private Optional<String> refusedLiteral(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4_LITERAL.matcher(bare).matches() && !bare.contains(":")) {
            return Optional.empty();
        }
        try {
            guard.check(InetAddress.getByName(bare)); // a literal: parsed, not looked up
            return Optional.empty();
        } catch (AddressGuard.RefusedException e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("unparseable address " + host);
        }
    }

    private static HttpGet request(URI uri, Validators validators) {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", ACCEPT);
        if (validators.etag() != null) {
            get.setHeader("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            get.setHeader("If-Modified-Since", validators.lastModified());
        }
        return get;
    }

    private FetchResult read(URI uri, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400 && status != 304) {
            String location = header(response, "Location");
            return location != null ? FetchResult.failed(uri.toString(), status, "redirect:" + location)
                    : FetchResult.failed(uri.toString(), status, "redirect without Location");
        }
        if (status == 304) {
            return new FetchResult(FetchResult.Outcome.NOT_MODIFIED, uri.toString(), status, new byte[0], null,
                    null, null, null);
        }
        if (status == 429 || status == 503) {
            String retryAfter = header(response, "Retry-After");
            return FetchResult.failed(uri.toString(), status, retryAfter == null ? "" : retryAfter);
        }
        if (status < 200 || status >= 300) {
            return FetchResult.failed(uri.toString(), status, "HTTP status " + status);
        }
        HttpEntity entity = response.getEntity();
        byte[] bytes = new byte[0];
        if (entity != null) {
            // not closed here: closing drains what is left, and a giant body is dropped with its connection
            InputStream body = entity.getContent();
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1));
        }
        if (bytes.length > settings.maxBodyBytes()) {
            return FetchResult.failed(uri.toString(), status, "body larger than " + settings.maxBodyBytes() + " bytes");
        }
        return new FetchResult(FetchResult.Outcome.FETCHED, uri.toString(), status, bytes,
                header(response, "Content-Type"), header(response, "ETag"), header(response, "Last-Modified"), null);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /** Retry-After as seconds or an HTTP date; one second when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(1);
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException e) {
                return Duration.ofSeconds(1);
            }
        }
    }

    private static Optional<String> badScheme(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("scheme not allowed: " + (scheme.isEmpty() ? "(none)" : scheme));
            }
            return uri.getHost() == null ? Optional.of("no host in " + url) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("unparseable URL");
        }
    }

    private HostSlot slot(URI uri) {
        String key = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return hosts.computeIfAbsent(key, ignored -> new HostSlot(key));
    }

    /** Per-host state: the one-at-a-time lock, the earliest next request, the robots.txt rules. */
    private static final class HostSlot {
        final ReentrantLock lock = new ReentrantLock();
        private final String origin;
        private volatile long notBefore;
        private volatile RobotsRules robots;

        HostSlot(String origin) {
            this.origin = origin;
        }

        RobotsRules robots(HttpFetcher fetcher, URI uri) {
            if (robots != null) {
                return robots;
            }
            URI robotsUri = URI.create(origin + "/robots.txt");
            FetchResult result = fetcher.follow(robotsUri, Validators.NONE);
            if (result.outcome() == FetchResult.Outcome.FETCHED) {
                robots = RobotsRules.parse(result.body(), robotsUri.toString(), agentToken(fetcher.settings.userAgent()));
            } else if (result.status() >= 400 && result.status() < 500) {
                robots = RobotsRules.forStatus(result.status());
            } else {
                // unreachable or failing: nothing may be fetched now, and robots.txt is asked again next time
                return RobotsRules.forStatus(503);
            }
            return robots;
        }

        void awaitTurn() {
            long wait;
            while ((wait = notBefore - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
        }

        void done(Duration minDelay) {
            Duration delay = robots == null || robots.crawlDelay().compareTo(minDelay) < 0 ? minDelay : robots.crawlDelay();
            notBefore = Math.max(notBefore, System.nanoTime() + delay.toNanos());
        }

        void deferUntil(long nanos) {
            notBefore = Math.max(notBefore, nanos);
        }

        private static String agentToken(String userAgent) {
            return userAgent.split("[/ ]", 2)[0];
        }
    }
}
