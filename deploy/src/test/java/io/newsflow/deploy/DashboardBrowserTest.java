package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.source.JsonlSource;
import io.newsflow.model.Json;
import io.newsflow.model.TopicRegistry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.testing.SharedKafka;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard end to end in real headless Chromium, over the whole pipeline on a real broker: a story
 * appears when its first article is ingested and grows when the next one is, without a reload (live
 * stream); a hostile title shows as text and runs nothing; a malformed input shows in the dead-letter
 * count. Runs where Debian's {@code chromium} and {@code chromium-driver} are installed (CI installs
 * them), and says it skipped elsewhere.
 */
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String HOSTILE = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"
            + " Glacier lake warning in Nepal";

    @TempDir
    Path dir;

    private LocalPipeline pipeline;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void storiesAppearAndUpdateLiveAndHostileTitlesRenderAsText() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "/usr/bin/chromium or /usr/bin/chromedriver absent (apt-get install chromium chromium-driver): "
                        + "dashboard browser test skipped");
        TopicRegistry topics = SharedKafka.freshTopics(3);
        NewsflowConfig config = SharedKafka.config(topics, dir.resolve("state")).with("ingest.max.article.bytes",
                IngestSettings.DEFAULTS.get("ingest.max.article.bytes"));
        pipeline = LocalPipeline.start(config, false, WAIT);
        browser = headlessChromium();
        browser.get(pipeline.dashboardUrl().toString());
        awaitTrue(() -> text(browser.findElement(By.id("live"))).equals("connected"));
        awaitTrue(() -> text(browser.findElement(By.id("streams-state"))).equals("RUNNING"));

        ingest("first", article("dam-1", "river.example", "2026-04-02T08:00:00Z",
                "Kenya and Ethiopia inspect new Daua River gauges",
                "Kenyan and Ethiopian engineers met in Mandera on Thursday to inspect the new Daua River flow gauges "
                        + "installed under the 2025 water-sharing accord."));
        WebElement row = awaitFound(() -> rowWithHeadline("Kenya and Ethiopia inspect new Daua River gauges"));
        assertThat(text(row.findElement(By.className("count")))).isEqualTo("1");
        assertThat(row.findElements(By.className("actor"))).extracting(DashboardBrowserTest::text)
                .contains("KEN", "ETH");
        assertThat(row.findElements(By.cssSelector(".timeline svg rect"))).hasSize(1);

        ingest("second", article("dam-2", "horn.example", "2026-04-02T15:00:00Z",
                "Daua River gauges inspected by Kenyan and Ethiopian engineers",
                "Engineers from Kenya and Ethiopia inspected the new Daua River flow gauges in Mandera on Thursday, "
                        + "installed under the 2025 water-sharing accord between the two countries."));
        awaitTrue(() -> text(rowWithHeadline("Kenya and Ethiopia inspect new Daua River gauges")
                .findElement(By.className("count"))).equals("2"));

        ingest("hostile", article("lake-1", "alpine.example", "2026-04-03T09:00:00Z", HOSTILE,
                "Authorities in Nepal warned villages below the Tsho Rolpa glacier lake after its level rose sharply "
                        + "during an unusually warm week."));
        WebElement hostile = awaitFound(() -> rowWithHeadline(HOSTILE));
        assertThat(text(hostile.findElement(By.className("headline")))).isEqualTo(HOSTILE);
        assertThat(browser.findElements(By.cssSelector("#story-rows img, #story-rows script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__pwned")).isEqualTo("undefined");

        // a fresh page renders the same stories from the listing (GET /stories), the title still as text
        browser.navigate().refresh();
        WebElement listed = awaitFound(() -> rowWithHeadline(HOSTILE));
        assertThat(text(listed.findElement(By.className("headline")))).isEqualTo(HOSTILE);
        assertThat(text(rowWithHeadline("Kenya and Ethiopia inspect new Daua River gauges")
                .findElement(By.className("count")))).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("#story-rows img, #story-rows script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__pwned")).isEqualTo("undefined");

        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"broken\", \"title\": \"unterminated\n", StandardCharsets.UTF_8);
        pipeline.ingest(List.of(new JsonlSource(broken, 1 << 20)));
        awaitTrue(() -> text(browser.findElement(By.id("dead-letters"))).equals("1"));
        assertThat(text(browser.findElement(By.id("dead-letters-by-stage")))).isEqualTo("ingest 1");
        awaitTrue(() -> text(browser.findElement(By.cssSelector("#stage-aggregate .lag"))).startsWith("lag 0 "));

        // one JVM, one /metrics: the aggregator's endpoint carries ingest's and enrich's meters too
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                pipeline.dashboardUrl().resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        double published = metrics.body().lines().filter(line -> line.startsWith("newsflow_ingest_published_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        assertThat(published).as("articles published, summed over the sources").isEqualTo(3.0);
        assertThat(metrics.body()).contains(
                "newsflow_dead_letters_total{service=\"aggregate\",stage=\"ingest\"} 1.0", "client_id=\"" + topics.prefix()
                        + "enrich", "kafka_producer_");

        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target/dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private ChromeDriver headlessChromium() {
        // an explicit driver and binary: Selenium Manager is never asked to download anything
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--user-data-dir=" + dir.resolve("chromium"));
        return new ChromeDriver(service, options);
    }

    private void ingest(String name, Map<String, String> article) throws IOException {
        Path file = dir.resolve(name + ".jsonl");
        Files.writeString(file, Json.MAPPER.writeValueAsString(article) + "\n", StandardCharsets.UTF_8);
        assertThat(pipeline.ingest(List.of(new JsonlSource(file, 1 << 20))).published()).hasSize(1);
    }

    private static Map<String, String> article(String id, String source, String published, String title, String text) {
        Map<String, String> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("source", source);
        article.put("publishedAt", published);
        article.put("title", title);
        article.put("text", text);
        return article;
    }

    /** Waits until the page shows something; the page re-renders, so a found element may go stale meanwhile. */
    private static <T> T awaitFound(Callable<T> lookup) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(lookup, Objects::nonNull);
    }

    private static void awaitTrue(Callable<Boolean> condition) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(condition);
    }

    private WebElement rowWithHeadline(String headline) {
        return browser.findElements(By.cssSelector("#story-rows tr.story")).stream()
                .filter(row -> text(row.findElement(By.className("headline"))).equals(headline))
                .findFirst().orElse(null);
    }

    private static String text(WebElement element) {
        return element.getAttribute("textContent").strip();
    }
}
