package io.newsflow.aggregate.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairwise similarities of a story's members at the idf of now (text cosine + entityWeight × names
 * cosine), for {@link MemberLinkage}. Computed only when first asked for: a story too small to split needs
 * them only when a candidate may merge into it. (Spreading each member's vector over the vocabulary, as
 * an article's is for its candidates, was slower for these short vectors than merging them.) Pure Java;
 * one instance per joined article (the idf changes with every article).
 */
final class MemberSimilarities {

    private static final double[][] NONE = new double[0][];

    private final List<StoryMember> members;
    private final DocumentFrequencies frequencies;
    private final double entityWeight;
    /** Each member's words and names weighted by the idf of now; null until first needed. */
    private List<SparseVector[]> weighted;
    private double[][] matrix;

    /** @param members the story's members, in joining order, with term-vector maps */
    MemberSimilarities(List<StoryMember> members, DocumentFrequencies frequencies, double entityWeight) {
        this.members = members;
        this.frequencies = frequencies;
        this.entityWeight = entityWeight;
    }

    /** The members' similarities, {@code [i][j]} for members i and j in joining order. */
    double[][] matrix() {
        if (matrix == null) {
            matrix = similarities(vectors(), NONE);
        }
        return matrix;
    }

    /**
     * The similarities of these members followed by another story's: this story's pairs are the ones of
     * {@link #matrix}, the others are computed.
     */
    double[][] with(MemberSimilarities other) {
        List<SparseVector[]> both = new ArrayList<>(vectors());
        both.addAll(other.vectors());
        return similarities(both, matrix());
    }

    private List<SparseVector[]> vectors() {
        if (weighted == null) {
            weighted = new ArrayList<>(members.size());
            for (StoryMember member : members) {
                weighted.add(new SparseVector[] {TermVector.of(member.terms(), frequencies).weighted(),
                        TermVector.of(member.names(), frequencies).weighted()});
            }
        }
        return weighted;
    }

    /**
     * Pairwise similarity of members: text cosine plus entityWeight × cosine of names. The pairs of the
     * first {@code known.length} members are taken from {@code known}. (Their time decay and stated-date
     * agreement as factors changed nothing on GVC and cost ECB+ splits.)
     */
    private double[][] similarities(List<SparseVector[]> vectors, double[][] known) {
        int n = vectors.size();
        double[][] similarity = new double[n][n];
        for (int i = 0; i < known.length; i++) {
            System.arraycopy(known[i], 0, similarity[i], 0, known.length);
        }
        // text first, then names: text + entityWeight × names, as one expression gives it
        addCosines(similarity, vectors, 0, 1.0, known.length);
        addCosines(similarity, vectors, 1, entityWeight, known.length);
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i + 1, known.length); j < n; j++) {
                similarity[j][i] = similarity[i][j];
            }
        }
        return similarity;
    }

    /** Adds factor × the cosines of the vectors' {@code part} to {@code [i][j]}, i before j, j past the known. */
    private void addCosines(double[][] similarity, List<SparseVector[]> vectors, int part, double factor,
                            int known) {
        int n = vectors.size();
        for (int i = 0; i < n - 1; i++) {
            SparseVector vector = vectors.get(i)[part];
            for (int j = Math.max(i + 1, known); j < n; j++) {
                similarity[i][j] += factor * vector.cosine(vectors.get(j)[part]);
            }
        }
    }
}
