package io.newsflow.aggregate.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The live stream over a real HTTP server: a story merged into another reaches clients as a removal. */
class EventStreamTest {

    @Test
    void aRemovedStoryIsOneRemovedEventWithItsId() throws Exception {
        EventStream stream = new EventStream(4);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/stories/stream", stream::serve);
        server.start();
        try {
            List<String> lines = new CopyOnWriteArrayList<>();
            HttpResponse<Stream<String>> open = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stories/stream")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> open.body().forEach(lines::add));
            reader.setDaemon(true);
            reader.start();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> stream.clients() == 1);

            stream.publishRemoved("story-0123456789abcdef");

            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines)
                    .containsSubsequence("event: removed", "data: {\"storyId\":\"story-0123456789abcdef\"}"));
        } finally {
            stream.close();
            server.stop(0);
        }
    }
}
