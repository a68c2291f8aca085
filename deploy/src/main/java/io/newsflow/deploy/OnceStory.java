package io.newsflow.deploy;

import io.newsflow.model.Story;
import io.newsflow.model.StoryActor;
import io.newsflow.model.StoryArticle;
import io.newsflow.model.StoryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of {@code newsflow local --once}: a story with its complete article list.
 *
 * @param storyId          the story id
 * @param headline         the title of its representative article
 * @param articleCount     all its articles, copies included
 * @param sourceCount      distinct sources
 * @param syndicatedCopies copies among its articles
 * @param firstSeen        earliest article time
 * @param lastSeen         latest article time
 * @param eventDate        the day its articles state for the event most often, null when none does
 * @param status           active or dormant
 * @param actors           the story's actors: code, name, number of articles naming it
 * @param articles         every article, oldest first
 */
record OnceStory(String storyId, String headline, int articleCount, int sourceCount, int syndicatedCopies,
                 Instant firstSeen, Instant lastSeen, LocalDate eventDate, StoryStatus status, List<StoryActor> actors,
                 List<StoryArticle> articles) {

    static OnceStory of(Story story, List<StoryArticle> articles) {
        List<StoryArticle> sorted = articles.stream().sorted(StoryArticle.OLDEST_FIRST).toList();
        return new OnceStory(story.storyId(), story.headline(), story.articleCount(), story.sourceCount(),
                story.syndicatedCopies(), story.firstSeen(), story.lastSeen(), story.eventDate(), story.status(),
                story.actors(), sorted);
    }
}
