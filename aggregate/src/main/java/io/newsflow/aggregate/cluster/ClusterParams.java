package io.newsflow.aggregate.cluster;

import io.newsflow.model.config.NewsflowConfig;
import java.time.Duration;

/**
 * The clustering model's weights and limits.
 *
 * @param threshold         combined score at or above which an article joins a one-article story
 * @param thresholdGrowth   how much the threshold rises as a story grows: threshold + growth × (1 − 1/members)
 * @param entityWeight      weight of the cosine of names and figures, added to the text cosine
 * @param actorWeight       weight of actor overlap (Jaccard of codes) added to the text cosine
 * @param yearConflict      factor on the score when article and story state years and none is shared
 * @param monthConflict     factor on the score when both state month-days and no month is shared
 * @param missingNames      how much the score falls with the idf-weighted share of the story's core names
 *                          (named by more than half of its members) that the article does not name
 * @param missingTitleNames how much the score falls with the idf-weighted share of the names and figures of the
 *                          article's title that no article of the story names
 * @param timeScale         the time gap over which the score decays by 1/e
 * @param maxGap            a story further than this in time from the article is no candidate
 * @param centroidTerms     terms kept per story centroid
 * @param indexedTerms      terms per story in the inverted index
 * @param queryTerms        an article's most weighty terms looked up in the index
 * @param maxCandidates     stories scored per article: those whose shared looked-up terms weigh most
 * @param maxPostings       index entries of a term above which it is too common to retrieve by
 * @param dormantAfter      inactivity after which a story leaves the active index
 * @param maxListedArticles articles listed per story on the topic (the count stays true)
 * @param splitRatio        a story splits in two when the mean similarity between its members' two
 *                          average-link groups is below this share of their mean similarity within
 *                          ({@link MemberLinkage})
 * @param mergeRatio        two stories merge when the mean similarity between their members reaches this
 *                          share of their mean similarity within
 * @param splitMinPart      members each group needs for a split
 * @param regroupMaxMembers members up to which a story keeps its members' vectors and may split or merge
 * @param memberTerms       weightiest words (and half as many names) kept of each member's vectors
 * @param beforeEvent       factor on the score when the article was published more than two days before
 *                          its candidate story's event day: it cannot report an event that had not happened
 */
public record ClusterParams(double threshold, double thresholdGrowth, double entityWeight, double actorWeight,
                            double yearConflict, double monthConflict, double missingNames, double missingTitleNames,
                            Duration timeScale, Duration maxGap,
                            int centroidTerms, int indexedTerms, int queryTerms, int maxCandidates, int maxPostings,
                            Duration dormantAfter, int maxListedArticles, double splitRatio, double mergeRatio,
                            int splitMinPart, int regroupMaxMembers, int memberTerms, double beforeEvent) {

    /** The defaults overridden by the {@code aggregate.*} settings (see README's configuration table). */
    public static ClusterParams from(NewsflowConfig config) {
        ClusterParams d = defaults();
        return new ClusterParams(
                Double.parseDouble(config.get("aggregate.threshold", Double.toString(d.threshold()))),
                Double.parseDouble(config.get("aggregate.threshold.growth", Double.toString(d.thresholdGrowth()))),
                Double.parseDouble(config.get("aggregate.entity.weight", Double.toString(d.entityWeight()))),
                Double.parseDouble(config.get("aggregate.actor.weight", Double.toString(d.actorWeight()))),
                Double.parseDouble(config.get("aggregate.year.conflict", Double.toString(d.yearConflict()))),
                Double.parseDouble(config.get("aggregate.month.conflict", Double.toString(d.monthConflict()))),
                Double.parseDouble(config.get("aggregate.missing.names", Double.toString(d.missingNames()))),
                Double.parseDouble(config.get("aggregate.missing.title.names", Double.toString(d.missingTitleNames()))),
                config.getDuration("aggregate.time.scale", d.timeScale()),
                config.getDuration("aggregate.max.gap", d.maxGap()),
                d.centroidTerms(), d.indexedTerms(),
                config.getInt("aggregate.query.terms", d.queryTerms()),
                config.getInt("aggregate.max.candidates", d.maxCandidates()),
                config.getInt("aggregate.max.postings", d.maxPostings()),
                config.getDuration("aggregate.dormant.after", d.dormantAfter()),
                config.getInt("aggregate.max.listed.articles", d.maxListedArticles()),
                Double.parseDouble(config.get("aggregate.split.ratio", Double.toString(d.splitRatio()))),
                Double.parseDouble(config.get("aggregate.merge.ratio", Double.toString(d.mergeRatio()))),
                config.getInt("aggregate.split.min.part", d.splitMinPart()),
                config.getInt("aggregate.regroup.max.members", d.regroupMaxMembers()), d.memberTerms(),
                Double.parseDouble(config.get("aggregate.before.event", Double.toString(d.beforeEvent()))));
    }

    /** The defaults: tuned on the train and dev splits of ECB+ and GVC, see docs/clustering.md. */
    public static ClusterParams defaults() {
        return new ClusterParams(0.18, 0.10, 0.6, 0.0, 0.5, 0.6, 0.3, 0.2, Duration.ofDays(45), Duration.ofDays(45),
                300, 40, 20, 8, 5000, Duration.ofDays(7), 200, 0.75, 0.7, 6, 32, 60, 0.5);
    }

    /** These parameters with another number of indexed terms per story. */
    public ClusterParams withIndexedTerms(int terms) {
        return new ClusterParams(threshold, thresholdGrowth, entityWeight, actorWeight, yearConflict, monthConflict,
                missingNames, missingTitleNames, timeScale, maxGap, centroidTerms, terms, queryTerms, maxCandidates, maxPostings, dormantAfter,
                maxListedArticles, splitRatio, mergeRatio, splitMinPart, regroupMaxMembers, memberTerms, beforeEvent);
    }

    /** These parameters with another dormancy period. */
    public ClusterParams withDormantAfter(Duration inactivity) {
        return new ClusterParams(threshold, thresholdGrowth, entityWeight, actorWeight, yearConflict, monthConflict,
                missingNames, missingTitleNames, timeScale, maxGap, centroidTerms, indexedTerms, queryTerms, maxCandidates, maxPostings, inactivity,
                maxListedArticles, splitRatio, mergeRatio, splitMinPart, regroupMaxMembers, memberTerms, beforeEvent);
    }
}
