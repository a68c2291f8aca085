package io.newsflow.deploy;

import io.newsflow.model.TopicRegistry;
import io.newsflow.model.TopicSpec;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the registry's topics that do not exist yet; leaves existing ones as they are. */
final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private TopicProvisioner() {
    }

    static void ensureTopics(Properties adminProps, TopicRegistry topics, short replicationFactor)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(adminProps)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.all().stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> spec.newTopic(replicationFactor))
                    .toList();
            if (!missing.isEmpty()) {
                for (var created : admin.createTopics(missing).values().entrySet()) {
                    awaitCreated(created.getKey(), created.getValue());
                }
                LOG.info("ensured topics {}", missing.stream().map(NewTopic::name).toList());
            }
        }
    }

    /** A topic another client created since the listing (or that the listing did not show yet) is fine. */
    private static void awaitCreated(String topic, KafkaFuture<Void> creation)
            throws ExecutionException, InterruptedException {
        try {
            creation.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            LOG.debug("topic {} exists already", topic);
        }
    }

    static void deleteTopics(Properties adminProps, TopicRegistry topics)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(adminProps)) {
            admin.deleteTopics(topics.all().stream().map(TopicSpec::name).toList()).all().get();
        }
    }
}
