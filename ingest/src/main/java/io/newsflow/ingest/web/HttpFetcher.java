package io.newsflow.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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

/**
 * A polite, bounded HTTP fetcher on the JDK client: http and https only, robots.txt honoured, one request
 * at a time per host with a minimum delay (or the site's crawl delay), conditional GET, 429/503 retried
 * after Retry-After, timeouts, a body limit, and redirects followed by hand so that every hop is checked.
 *
 * <p>SSRF: each hop's host is resolved here and refused if any address is loopback (unless allowed),
 * private or link-local. A plain-http request is then sent to that very address (the URI carries the IP,
 * the Host header the name), so a second DNS answer cannot redirect it; https connects by name so that the
 * certificate is verified, which leaves a DNS-rebinding window (see docs/ingest.md).
 */
public final class HttpFetcher {

    static {
        // lets a plain-http request carry the host name while connecting to the checked IP
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

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
    private final AddressGuard guard;
    private final HttpClient client;
    private final Map<String, HostSlot> hosts = new ConcurrentHashMap<>();

    public HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowLoopback());
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout()).build();
    }

    /** Fetches a page, feed or sitemap; never throws for network or server trouble, which is an outcome. */
    public FetchResult fetch(String url, Validators validators) {
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

    /** One request, one response: politeness wait, address check, send, read a bounded body. */
    FetchResult once(URI uri, Validators validators) {
        InetAddress address;
        try {
            address = guard.resolve(uri.getHost());
        } catch (AddressGuard.RefusedException e) {
            return FetchResult.refused(uri.toString(), e.getMessage());
        }
        HostSlot slot = slot(uri);
        slot.lock.lock();
        try {
            slot.awaitTurn();
            HttpResponse<InputStream> response = client.send(request(uri, address, validators),
                    HttpResponse.BodyHandlers.ofInputStream());
            slot.done(settings.minHostDelay());
            return read(uri, response);
        } catch (HttpTimeoutException e) {
            slot.done(settings.minHostDelay());
            return FetchResult.failed(uri.toString(), 0, "timeout: " + e.getMessage());
        } catch (IOException e) {
            slot.done(settings.minHostDelay());
            return FetchResult.failed(uri.toString(), 0, "connection failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failed(uri.toString(), 0, "interrupted");
        } finally {
            slot.lock.unlock();
        }
    }

    private HttpRequest request(URI uri, InetAddress address, Validators validators) {
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
        if (uri.getScheme().equalsIgnoreCase("http")) {
            String literal = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
            builder.uri(URI.create("http://" + literal + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
            builder.header("Host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        } else {
            builder.uri(uri);
        }
        if (validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        return builder.GET().build();
    }

    private FetchResult read(URI uri, HttpResponse<InputStream> response) throws IOException {
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("Location");
                return location.map(to -> FetchResult.failed(uri.toString(), status, "redirect:" + to))
                        .orElseGet(() -> FetchResult.failed(uri.toString(), status, "redirect without Location"));
            }
            if (status == 304) {
                return new FetchResult(FetchResult.Outcome.NOT_MODIFIED, uri.toString(), status, new byte[0], null,
                        null, null, null);
            }
            if (status == 429 || status == 503) {
                return FetchResult.failed(uri.toString(), status, response.headers().firstValue("Retry-After").orElse(""));
            }
            if (status < 200 || status >= 300) {
                return FetchResult.failed(uri.toString(), status, "HTTP status " + status);
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1));
            if (bytes.length > settings.maxBodyBytes()) {
                return FetchResult.failed(uri.toString(), status, "body larger than " + settings.maxBodyBytes() + " bytes");
            }
            return new FetchResult(FetchResult.Outcome.FETCHED, uri.toString(), status, bytes,
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), null);
        }
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
