package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    private static final String ROBOTS = """
            User-agent: *
            Disallow: /private/

            User-agent: newsflow
            Disallow: /drafts/
            Crawl-delay: 3
            """;

    @Test
    void theRulesForOurAgentApply() {
        RobotsRules rules = RobotsRules.parse(ROBOTS.getBytes(StandardCharsets.UTF_8),
                "https://news.example/robots.txt", "newsflow");

        assertThat(rules.allows("https://news.example/drafts/story")).isFalse();
        assertThat(rules.allows("https://news.example/2024/03/01/bridge")).isTrue();
        assertThat(rules.crawlDelay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void otherAgentsFallBackToTheWildcardGroup() {
        RobotsRules rules = RobotsRules.parse(ROBOTS.getBytes(StandardCharsets.UTF_8),
                "https://news.example/robots.txt", "otherbot");

        assertThat(rules.allows("https://news.example/private/x")).isFalse();
        assertThat(rules.allows("https://news.example/drafts/story")).isTrue();
        assertThat(rules.crawlDelay()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aMissingRobotsTxtAllowsAndAServerErrorDisallows() {
        assertThat(RobotsRules.forStatus(404).allows("https://news.example/a")).isTrue();
        assertThat(RobotsRules.forStatus(503).allows("https://news.example/a")).isFalse();
    }
}
