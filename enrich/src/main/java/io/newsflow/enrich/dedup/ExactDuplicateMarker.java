package io.newsflow.enrich.dedup;

import io.newsflow.model.RawArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Marks an article whose normalized text was seen before under another id as an exact copy of the
 * first article with that text. Input is keyed by text fingerprint, so every copy of a text meets the
 * same store partition whatever partition it arrived on; output is keyed by article id again.
 */
public final class ExactDuplicateMarker implements Processor<String, RawArticle, String, DuplicateCheck> {

    private final String storeName;
    private ProcessorContext<String, DuplicateCheck> context;
    private KeyValueStore<String, FirstSeen> firstSeen;

    /** A marker keeping the first article of each fingerprint in the named store. */
    public ExactDuplicateMarker(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, DuplicateCheck> context) {
        this.context = context;
        this.firstSeen = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        RawArticle article = record.value();
        FirstSeen first = firstSeen.get(record.key());
        DuplicateCheck check;
        if (first == null) {
            firstSeen.put(record.key(), new FirstSeen(article.id(), record.timestamp()));
            check = DuplicateCheck.original(article);
        } else if (first.articleId().equals(article.id())) {
            check = DuplicateCheck.original(article);
        } else {
            check = new DuplicateCheck(article, first.articleId(), true, 1.0);
        }
        context.forward(record.withKey(article.id()).withValue(check));
    }
}
