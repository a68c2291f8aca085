package io.newsflow.aggregate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.aggregate.AggregateTopology;
import io.newsflow.model.Json;
import io.newsflow.model.Story;
import io.newsflow.model.StoryAssignment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * The story API over the queryable stores: listings gather the top stories of every instance, a
 * request for one story or article goes to the instance whose partition holds it. A request another
 * instance forwarded carries {@code scope=local} and is answered from this instance's stores only, so
 * forwarding never loops.
 */
public final class StoryApi {

    /** Response header naming the instance whose stores answered. */
    public static final String SERVED_BY = "X-Newsflow-Served-By";
    /** The query parameter that asks for this instance's partitions only, and its value. */
    static final String SCOPE = "scope";
    static final String LOCAL = "local";

    private final StoreView stores;
    private final Peers peers;

    public StoryApi(StoreView stores, Peers peers) {
        this.stores = stores;
        this.peers = peers;
    }

    /** A listing of stories as the JSON object {@code {"stories": [...]}}. */
    public record StoryList(List<Story> stories) {
        public StoryList {
            stories = List.copyOf(stories);
        }
    }

    /**
     * An article's place: its latest assignment (the story it is in, the decision, the candidates with
     * their features) and that story's current state (null if the story is not found).
     */
    public record ArticleView(String articleId, StoryAssignment assignment, Story story) {
    }

    /** {@code GET /stories?...}: filtered, ordered, limited, across all instances unless {@code scope=local}. */
    public ApiResponse stories(Map<String, String> params) {
        StoryQuery query;
        try {
            query = StoryQuery.parse(params);
        } catch (IllegalArgumentException e) {
            return ApiResponse.error(400, e.getMessage(), self());
        }
        return answer(() -> {
            List<Story> found = new ArrayList<>(localStories(query));
            if (!isLocal(params)) {
                for (HostInfo other : stores.others(AggregateTopology.STORIES_BY_ID_STORE)) {
                    found.addAll(read(expectOk(peers.get(other, "/stories" + query.localQueryString())),
                            StoryList.class).stories());
                }
            }
            List<Story> top = found.stream().sorted(query.sort().order()).limit(query.limit()).toList();
            return ApiResponse.json(200, new StoryList(top), self());
        });
    }

    /** {@code GET /stories/{id}}. */
    public ApiResponse story(String storyId, Map<String, String> params) {
        return answer(() -> {
            HostInfo owner = stores.ownerOf(AggregateTopology.STORIES_BY_ID_STORE, storyId);
            if (!owner.equals(stores.self())) {
                return forward(owner, "/stories/" + Paths.encode(storyId), params);
            }
            Story story = stores.stories().get(storyId);
            return story == null ? ApiResponse.error(404, "no story " + storyId, self())
                    : ApiResponse.json(200, story, self());
        });
    }

    /** {@code GET /articles/{id}}: the article's assignment and its story. */
    public ApiResponse article(String articleId, Map<String, String> params) {
        return answer(() -> {
            HostInfo owner = stores.ownerOf(AggregateTopology.ASSIGNMENTS_BY_ARTICLE_STORE, articleId);
            if (!owner.equals(stores.self())) {
                return forward(owner, "/articles/" + Paths.encode(articleId), params);
            }
            StoryAssignment assignment = stores.assignments().get(articleId);
            if (assignment == null) {
                return ApiResponse.error(404, "no article " + articleId, self());
            }
            ApiResponse story = story(assignment.storyId(), Map.of());
            return ApiResponse.json(200, new ArticleView(articleId, assignment,
                    story.status() == 200 ? read(story, Story.class) : null), self());
        });
    }

    private List<Story> localStories(StoryQuery query) {
        List<Story> matching = new ArrayList<>();
        try (KeyValueIterator<String, Story> all = stores.stories().all()) {
            all.forEachRemaining(entry -> {
                if (entry.value != null && query.filter().test(entry.value)) {
                    matching.add(entry.value);
                }
            });
        }
        return matching.stream().sorted(query.sort().order()).limit(query.limit()).toList();
    }

    /** Another instance holds the key; a forwarded request that is still not local means a rebalance. */
    private ApiResponse forward(HostInfo owner, String path, Map<String, String> params) {
        if (isLocal(params)) {
            throw new StoresUnavailableException("this instance no longer holds the key (rebalancing)");
        }
        return peers.get(owner, path + "?" + SCOPE + "=" + LOCAL);
    }

    private ApiResponse answer(Supplier<ApiResponse> query) {
        try {
            return query.get();
        } catch (StoresUnavailableException | InvalidStateStoreException e) {
            return ApiResponse.error(503, "stores not queryable now, retry: " + e.getMessage(), self());
        }
    }

    private static ApiResponse expectOk(ApiResponse response) {
        if (response.status() != 200) {
            throw new StoresUnavailableException("instance " + response.servedBy() + " answered " + response.status()
                    + ": " + response.text());
        }
        return response;
    }

    private static <T> T read(ApiResponse response, Class<T> type) {
        try {
            return Json.MAPPER.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new StoresUnavailableException("unreadable answer from " + response.servedBy() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLocal(Map<String, String> params) {
        return LOCAL.equals(params.get(SCOPE));
    }

    private String self() {
        return stores.self().host() + ":" + stores.self().port();
    }
}
