package io.newsflow.aggregate.http;

import io.newsflow.model.http.Responses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;

/** {@link Peers} over HTTP, with this instance's access token (every instance shares one). */
public final class PeerClient implements Peers {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String authorization;

    /** A client sending this {@code Authorization} header value, or none for null. */
    public PeerClient(String authorization) {
        this.authorization = authorization;
    }

    @Override
    public ApiResponse get(HostInfo host, String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery)).timeout(TIMEOUT).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(Responses.JSON), response.body(),
                    response.headers().firstValue(StoryApi.SERVED_BY).orElse(host.host() + ":" + host.port()));
        } catch (IOException e) {
            throw new StoresUnavailableException("instance " + host.host() + ":" + host.port() + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoresUnavailableException("interrupted while asking " + host.host() + ":" + host.port());
        }
    }
}
