package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    private static final Pattern WORD = Pattern.compile("(?U)\\w+");

    static List<String> regexTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The definition, on strings: the reference the hashed implementation is checked against. */
    /** The exact Jaccard similarity of two texts' shingle sets, by the regex reference. */
    static double exactJaccard(String a, String b) {
        Set<String> sa = regexShingles(a);
        Set<String> sb = regexShingles(b);
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        return (double) common.size() / (sa.size() + sb.size() - common.size());
    }

    static Set<String> regexShingles(String text) {
        List<String> tokens = regexTokens(text);
        Set<String> shingles = new HashSet<>();
        if (tokens.size() < Shingles.SIZE) {
            shingles.add(String.join(" ", tokens));
        }
        for (int i = 0; i + Shingles.SIZE <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + Shingles.SIZE)));
        }
        return shingles;
    }

    @Test
    void tokensAreTheRunsTheUnicodeWordRegexFinds() {
        String text = "Zürich's café—naïve_user 42 km² İstanbul ١٢٣日本語テキスト à\u0301 x\u200Dy Ⅻ 'quoted' e-mail";
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> expected = regexTokens(text);
        assertThat(Shingles.tokenHashes(lower)).hasSize(expected.size());
        for (int cp = 0; cp < 0x30000; cp++) {
            boolean regex = WORD.matcher(new String(Character.toChars(cp))).matches();
            assertThat(Shingles.isWordChar(cp)).as("U+%04X", cp).isEqualTo(regex);
        }
    }

    @Test
    void distinctShinglesMatchTheDefinition() {
        String text = "The cat sat on the mat. The cat sat on the mat, again; and the dog sat on the rug.";
        assertThat(Arrays.stream(Shingles.hashes(text)).distinct().count()).isEqualTo(regexShingles(text).size());
        assertThat(ShingleSketch.of(Shingles.hashes(text), 1024).size()).isEqualTo(regexShingles(text).size());
        assertThat(Shingles.hashes(text.toUpperCase(Locale.ROOT) + " !!")).containsExactly(Shingles.hashes(text));
    }

    @Test
    void shortTextsHaveOneShingleOfAllTheirTokens() {
        assertThat(Shingles.hashes("Two words")).hasSize(1);
        assertThat(Shingles.hashes("two WORDS.")).containsExactly(Shingles.hashes("Two words"));
        assertThat(Shingles.hashes("Two other")).doesNotContain(Shingles.hashes("Two words")[0]);
        assertThat(Shingles.hashes("!!!")).hasSize(1);
    }

    @Test
    void repeatedShinglesHaveEqualHashesAndTheSketchKeepsThemOnceInUnsignedOrder() {
        long[] hashes = Shingles.hashes(String.join(" ", java.util.Collections.nCopies(50, "a b c d e f g")));
        assertThat(hashes).hasSize(50 * 7 - 4);
        assertThat(Arrays.stream(hashes).distinct().count()).isEqualTo(7);
        int[] kept = ShingleSketch.of(hashes, 1024).hashes();
        assertThat(kept).hasSize(7);
        for (int i = 1; i < kept.length; i++) {
            assertThat(Integer.compareUnsigned(kept[i - 1], kept[i])).isNegative();
        }
    }
}
