package io.newsflow.model.streams;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Puts the article id into the {@link DeadLetterExceptionHandler#ARTICLE_ID_HEADER} header before a
 * re-key, so that a record failing downstream of the repartition is dead-lettered under its article.
 *
 * @param <V> the value type
 */
public final class StampArticleId<V> implements FixedKeyProcessor<String, V, V> {

    private final Function<V, String> articleId;
    private FixedKeyProcessorContext<String, V> context;

    /** A stamper reading the id from the value. */
    public StampArticleId(Function<V, String> articleId) {
        this.articleId = articleId;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        record.headers().remove(DeadLetterExceptionHandler.ARTICLE_ID_HEADER);
        record.headers().add(DeadLetterExceptionHandler.ARTICLE_ID_HEADER,
                articleId.apply(record.value()).getBytes(StandardCharsets.UTF_8));
        context.forward(record);
    }
}
