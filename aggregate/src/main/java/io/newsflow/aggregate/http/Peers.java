package io.newsflow.aggregate.http;

import org.apache.kafka.streams.state.HostInfo;

/** Asks another instance of the aggregator, at its {@code application.server}, for a path of its API. */
@FunctionalInterface
public interface Peers {

    /**
     * GETs {@code pathAndQuery} (already encoded) from {@code host}.
     *
     * @throws StoresUnavailableException when the instance does not answer
     */
    ApiResponse get(HostInfo host, String pathAndQuery);
}
