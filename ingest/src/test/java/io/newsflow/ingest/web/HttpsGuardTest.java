package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSRF guard over https: a TLS server with a certificate made for a made-up name, reached only through
 * the guard's answer for that name, so the address checked is the one the TLS connection goes to.
 */
class HttpsGuardTest {

    private static final String HOST = "news.guarded.test";
    private static final String PAGE = "<html><body><p>Served over TLS.</p></body></html>";
    private static final char[] PASSWORD = "newsflow-test".toCharArray();

    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static SSLContext tls;
    private static final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void serveTls() throws Exception {
        KeyStore keys = selfSigned(dir.resolve("server.p12"));
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = exchange.getRequestURI().getPath().equals("/robots.txt") ? new byte[0]
                    : PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void httpsConnectsOnlyWhereTheGuardResolvedAndChecked() {
        List<String> looked = new CopyOnWriteArrayList<>();
        AddressGuard.NameLookup toLoopback = host -> {
            looked.add(host);
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        };
        String url = "https://" + HOST + ":" + server.getAddress().getPort() + "/story";

        FetchResult allowed = new HttpFetcher(settings(true), toLoopback, tls).fetch(url, HttpFetcher.Validators.NONE);
        int served = requests.size();
        FetchResult strict = new HttpFetcher(settings(false), toLoopback, tls).fetch(url, HttpFetcher.Validators.NONE);

        assertThat(allowed.outcome()).isEqualTo(FetchResult.Outcome.FETCHED);
        assertThat(new String(allowed.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(looked).contains(HOST);
        assertThat(requests).contains("GET /story");
        assertThat(strict.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
        assertThat(requests).as("the strict fetcher never reached the TLS server").hasSize(served);
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        AddressGuard.NameLookup toLoopback = host -> new InetAddress[] {InetAddress.getLoopbackAddress()};
        String url = "https://other.guarded.test:" + server.getAddress().getPort() + "/story";

        FetchResult result = new HttpFetcher(settings(true), toLoopback, tls).fetch(url, HttpFetcher.Validators.NONE);

        assertThat(result.outcome()).isNotEqualTo(FetchResult.Outcome.FETCHED);
        assertThat(result.body()).isEmpty();
    }

    private static FetchSettings settings(boolean allowLoopback) {
        return new FetchSettings("newsflow-test/1.0", Duration.ofSeconds(2), Duration.ofSeconds(5), 1024 * 1024, 3,
                Duration.ZERO, 1, Duration.ofSeconds(2), allowLoopback);
    }

    /** A key pair and certificate for HOST, made by the JDK's keytool (no certificate is kept in the repository). */
    private static KeyStore selfSigned(Path file) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=" + HOST, "-ext", "SAN=dns:" + HOST,
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished: " + output).isTrue();
        assertThat(process.exitValue()).as("keytool: " + output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
