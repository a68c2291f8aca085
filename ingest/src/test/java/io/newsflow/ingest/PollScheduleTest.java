package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.PolledSource;
import io.newsflow.ingest.source.SourceSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    private record Named(String name) implements ArticleSource {
        @Override
        public void read(SourceSink sink) {
        }

        @Override
        public String describe() {
            return name;
        }
    }

    private final ArticleSource feed = new Named("fast feed");
    private final ArticleSource sitemap = new Named("slow sitemap");

    @Test
    void eachSourceIsReadAtOnceAndThenEveryItsOwnInterval() {
        PollSchedule schedule = new PollSchedule(Duration.ofMinutes(10));
        List<PolledSource> sources = List.of(new PolledSource(feed, Duration.ofMinutes(2)),
                new PolledSource(sitemap, null));

        assertThat(schedule.due(sources, T0)).containsExactly(feed, sitemap);
        assertThat(schedule.next(sources)).contains(T0.plus(Duration.ofMinutes(2)));
        assertThat(schedule.due(sources, T0.plusSeconds(60))).isEmpty();
        assertThat(schedule.due(sources, T0.plus(Duration.ofMinutes(2)))).containsExactly(feed);
        assertThat(schedule.due(sources, T0.plus(Duration.ofMinutes(10)))).containsExactly(feed, sitemap);
        assertThat(schedule.next(sources)).contains(T0.plus(Duration.ofMinutes(12)));
    }

    @Test
    void withoutAnyIntervalEverySourceIsReadOnce() {
        PollSchedule schedule = new PollSchedule(Duration.ZERO);
        List<PolledSource> sources = List.of(new PolledSource(feed, null), new PolledSource(sitemap, null));

        assertThat(schedule.due(sources, T0)).containsExactly(feed, sitemap);
        assertThat(schedule.next(sources)).isEmpty();
        assertThat(schedule.due(sources, T0.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void aSourceWithItsOwnIntervalIsPolledEvenWhenTheDefaultIsOnce() {
        PollSchedule schedule = new PollSchedule(Duration.ZERO);
        List<PolledSource> sources = List.of(new PolledSource(feed, Duration.ofMinutes(5)),
                new PolledSource(sitemap, null));

        assertThat(schedule.due(sources, T0)).containsExactly(feed, sitemap);
        assertThat(schedule.next(sources)).contains(T0.plus(Duration.ofMinutes(5)));
        assertThat(schedule.due(sources, T0.plus(Duration.ofMinutes(5)))).containsExactly(feed);
    }

    @Test
    void aNewSourceIsDueAtOnceAndARemovedOneIsForgotten() {
        PollSchedule schedule = new PollSchedule(Duration.ofHours(1));
        schedule.due(List.of(new PolledSource(feed, null)), T0);

        List<PolledSource> withSitemap = List.of(new PolledSource(feed, null), new PolledSource(sitemap, null));
        assertThat(schedule.next(withSitemap)).contains(Instant.MIN);
        assertThat(schedule.due(withSitemap, T0.plusSeconds(5))).containsExactly(sitemap);

        schedule.due(List.of(new PolledSource(sitemap, null)), T0.plusSeconds(10));
        assertThat(schedule.due(withSitemap, T0.plusSeconds(15))).as("feed left and came back").containsExactly(feed);
    }
}
