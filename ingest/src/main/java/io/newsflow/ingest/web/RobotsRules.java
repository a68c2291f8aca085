package io.newsflow.ingest.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A host's robots.txt as crawler-commons reads it, for newsflow's user agent: which paths may be fetched
 * and the crawl delay the site asks for. A missing robots.txt (404) allows everything; one that cannot be
 * fetched for a server error disallows everything for now, as RFC 9309 asks.
 */
public final class RobotsRules {

    private final BaseRobotRules rules;

    private RobotsRules(BaseRobotRules rules) {
        this.rules = rules;
    }

    /** Rules parsed from a robots.txt body. */
    public static RobotsRules parse(byte[] robotsTxt, String robotsUrl, String agentName) {
        return new RobotsRules(new SimpleRobotRulesParser().parseContent(robotsUrl, robotsTxt, "text/plain",
                List.of(agentName.toLowerCase(Locale.ROOT))));
    }

    /** Rules for a robots.txt that answered with this HTTP status instead of a body. */
    public static RobotsRules forStatus(int status) {
        return new RobotsRules(new SimpleRobotRulesParser().failedFetch(status));
    }

    public boolean allows(String url) {
        return rules.isAllowed(url);
    }

    /** The delay the site asks for between requests, or zero when it states none. */
    public Duration crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
    }
}
