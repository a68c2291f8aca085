package io.newsflow.aggregate;

import io.newsflow.aggregate.cluster.ClusterParams;
import io.newsflow.model.TopicRegistry;
import java.time.Duration;

/**
 * What the aggregate topology is built from.
 *
 * @param topics         the topic registry
 * @param params         the clustering model's parameters
 * @param dormancyCheck  how often (in stream time) stories are checked for dormancy
 * @param copyWait       how long (wall clock) a copy that overtook its original waits for it
 */
public record AggregateConfig(TopicRegistry topics, ClusterParams params, Duration dormancyCheck,
                              Duration copyWait) {

    public AggregateConfig {
        if (dormancyCheck.isNegative() || dormancyCheck.isZero() || copyWait.isNegative() || copyWait.isZero()) {
            throw new IllegalArgumentException("aggregate.dormancy.check and aggregate.copy.wait must be positive, were "
                    + dormancyCheck + " and " + copyWait);
        }
    }
}
