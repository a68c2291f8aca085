package io.newsflow.model.streams;

import io.newsflow.model.DeadLetter;
import io.newsflow.model.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every record a Streams app cannot read, process or write into a {@link DeadLetter} on the
 * dead-letter topic and lets the app go on, through Kafka Streams' own exception-handler hooks.
 *
 * <p>Kafka writes the returned dead-letter records in the same transaction as the task's output, so
 * under {@code exactly_once_v2} a record is either processed or dead-lettered, never lost. The topic
 * is {@code errors.dead.letter.queue.topic.name}; the stage name is {@value #STAGE_CONFIG}.
 */
public final class DeadLetterExceptionHandler
        implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

    /** Config key naming the stage (enrich, aggregate) written into each dead letter. */
    public static final String STAGE_CONFIG = "newsflow.stage";
    /**
     * Header carrying the article id, for records re-keyed by something else (a text fingerprint):
     * a dead letter names the article, not the repartition key.
     */
    public static final String ARTICLE_ID_HEADER = "newsflow.article.id";
    /** Config key of an optional {@link Clock} object, for tests. */
    public static final String CLOCK_CONFIG = "newsflow.clock";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);
    private static final Serializer<DeadLetter> VALUES = JsonSerde.of(DeadLetter.class);

    private String topic;
    private String stage;
    private Clock clock;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = (String) configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is required");
        }
        Object configuredStage = configs.get(STAGE_CONFIG);
        stage = configuredStage == null ? "streams" : configuredStage.toString();
        Object configuredClock = configs.get(CLOCK_CONFIG);
        clock = configuredClock instanceof Clock c ? c : Clock.systemUTC();
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                               ConsumerRecord<byte[], byte[]> record,
                                                               Exception exception) {
        List<ProducerRecord<byte[], byte[]>> letters =
                letter(context, record.key(), record.value(), "unreadable record: " + describe(exception), exception);
        return DeserializationExceptionHandler.Response.resume(letters);
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                          Exception exception) {
        String reason = "failed in " + context.processorNodeId() + ": " + describe(exception);
        List<ProducerRecord<byte[], byte[]>> letters =
                letter(context, context.sourceRawKey(), context.sourceRawValue(), reason, exception);
        return ProcessingExceptionHandler.Response.resume(letters);
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                          ProducerRecord<byte[], byte[]> record,
                                                          Exception exception) {
        if (!(exception instanceof RecordTooLargeException)) {
            // Broker or network trouble is not a property of the record: fail, and let the app retry it.
            return ProductionExceptionHandler.Response.fail();
        }
        String reason = "output record to " + record.topic() + " too large: " + describe(exception);
        return ProductionExceptionHandler.Response.resume(
                letter(context, context.sourceRawKey(), context.sourceRawValue(), reason, exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
                                                                       ProducerRecord record, Exception exception,
                                                                       SerializationExceptionOrigin origin) {
        String reason = "cannot serialize the output " + origin.name().toLowerCase() + ": " + describe(exception);
        return ProductionExceptionHandler.Response.resume(
                letter(context, context.sourceRawKey(), context.sourceRawValue(), reason, exception));
    }

    private List<ProducerRecord<byte[], byte[]>> letter(ErrorHandlerContext context, byte[] key, byte[] value,
                                                      String reason, Exception exception) {
        Header idHeader = context.headers() == null ? null : context.headers().lastHeader(ARTICLE_ID_HEADER);
        byte[] id = idHeader != null ? idHeader.value() : key;
        String articleId = id == null ? null : new String(id, StandardCharsets.UTF_8);
        String source = context.topic() + "-" + context.partition() + "@" + context.offset();
        DeadLetter letter = DeadLetter.of(source, stage, reason, exception, articleId, context.topic(),
                context.partition(), context.offset(), value, source, clock.instant());
        LOG.warn("dead-lettered {} (article {}): {}", source, articleId, reason);
        return List.of(new ProducerRecord<>(topic, null, context.timestamp(), key, VALUES.serialize(topic, letter)));
    }

    private static String describe(Throwable exception) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : " <- ").append(t.getMessage());
            }
        }
        return text.length() == 0 ? exception.getClass().getSimpleName() : text.toString();
    }
}
