package io.newsflow.ingest.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.ingest.source.PublishedDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores predictions against a ground truth ({@code {"<id>": {"articleBody", "title", "date", "authors"}}}).
 * Body: as the scrapinghub benchmark does (see {@link BodyOverlap}); a page without a predicted body
 * counts in recall only, as there. Title: exact match after collapsing whitespace, ignoring case.
 * Date: the same calendar day as the publisher printed (the prediction's own offset is kept). Authors:
 * true and predicted names, split on commas and "and", matched ignoring case and spacing, pooled over pages.
 */
public final class ExtractionScorer {

    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*,\\s*|\\s+and\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ExtractionScorer() {
    }

    /** Scores the pages of the truth that have a prediction (pages without one score as empty). */
    public static ExtractionScores score(JsonNode truth, Map<String, PagePrediction> predictions) {
        Tally tally = new Tally();
        for (Map.Entry<String, PagePrediction> entry : predictions.entrySet()) {
            JsonNode gold = truth.get(entry.getKey());
            if (gold != null) {
                tally.add(entry.getKey(), gold, entry.getValue());
            }
        }
        return tally.scores();
    }

    /** Running sums over pages. */
    private static final class Tally {
        private final List<ExtractionScores.PageBody> bodies = new ArrayList<>();
        private final List<String> dateMisses = new ArrayList<>();
        private int titlePages;
        private int titleHits;
        private int datePages;
        private int authorPages;
        private int namesTrue;
        private int namesPredicted;
        private int namesHit;

        void add(String id, JsonNode gold, PagePrediction predicted) {
            bodies.add(new ExtractionScores.PageBody(id,
                    BodyOverlap.of(gold.path("articleBody").asText(""), predicted.articleBody())));
            String title = gold.path("title").asText("");
            if (!title.isBlank()) {
                titlePages++;
                titleHits += normalized(title).equals(normalized(predicted.title())) ? 1 : 0;
            }
            String date = gold.path("date").asText("");
            if (!date.isBlank()) {
                datePages++;
                if (!sameDay(date, predicted.date())) {
                    dateMisses.add(id);
                }
            }
            if (gold.has("authors")) {
                authorPages++;
                addAuthors(gold.get("authors"), predicted.authors());
            }
        }

        private void addAuthors(JsonNode gold, List<String> predicted) {
            List<String> truth = new ArrayList<>();
            if (gold.isArray()) {
                gold.forEach(name -> truth.addAll(names(name.asText(""))));
            } else {
                truth.addAll(names(gold.asText("")));
            }
            List<String> guess = new ArrayList<>();
            predicted.forEach(name -> guess.addAll(names(name)));
            Map<String, Integer> remaining = new HashMap<>();
            truth.forEach(name -> remaining.merge(name, 1, Integer::sum));
            for (String name : guess) {
                if (remaining.getOrDefault(name, 0) > 0) {
                    remaining.merge(name, -1, Integer::sum);
                    namesHit++;
                }
            }
            namesTrue += truth.size();
            namesPredicted += guess.size();
        }

        ExtractionScores scores() {
            double precision = bodies.stream().map(ExtractionScores.PageBody::overlap).filter(BodyOverlap::hasPrediction)
                    .mapToDouble(BodyOverlap::precision).average().orElse(0);
            double recall = bodies.stream().map(ExtractionScores.PageBody::overlap).filter(BodyOverlap::hasTruth)
                    .mapToDouble(BodyOverlap::recall).average().orElse(0);
            Double authorsPrecision = authorPages == 0 ? null : ratio(namesHit, namesPredicted);
            Double authorsRecall = authorPages == 0 ? null : ratio(namesHit, namesTrue);
            return new ExtractionScores(bodies.size(), precision, recall, f1(precision, recall),
                    titlePages, titlePages == 0 ? null : ratio(titleHits, titlePages),
                    datePages, datePages == 0 ? null : ratio(datePages - dateMisses.size(), datePages),
                    authorPages, authorsPrecision, authorsRecall,
                    authorPages == 0 ? null : f1(authorsPrecision, authorsRecall),
                    List.copyOf(dateMisses), List.copyOf(bodies));
        }
    }

    /** Names of an author field, split on commas and "and", lower-cased with spacing collapsed. */
    static List<String> names(String field) {
        return Arrays.stream(NAME_SPLIT.split(field == null ? "" : field.strip()))
                .map(ExtractionScorer::normalized).filter(name -> !name.isEmpty()).toList();
    }

    static boolean sameDay(String gold, String predicted) {
        if (predicted == null || predicted.isBlank()) {
            return false;
        }
        try {
            LocalDate truth = LocalDate.parse(gold.strip().substring(0, Math.min(10, gold.strip().length())));
            return PublishedDates.parse(predicted).toLocalDate().equals(truth);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String normalized(String text) {
        return text == null ? "" : SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
