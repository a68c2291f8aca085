package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdOrderTest {

    @Test
    void keysNeverContradictTheOrderOfIds() {
        List<String> ids = new ArrayList<>(List.of("", "a", "ab", "ab\u0000", "story-", "story-0", "story-00ff",
                "story-0a", "story-a0", "story-ff", "\u007f", "\u007fa", "\u0080", "\u0100a", "\u0101\u0000",
                "zzzzzzzzzz", "zzzzzzzzz"));
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 300; i++) {
            ids.add(StoryClusterer.storyIdFor("article-" + i));
            ids.add(randomId(random));
        }
        for (String a : ids) {
            for (String b : ids) {
                int byKey = Long.compare(IdOrder.key(a), IdOrder.key(b));
                if (byKey != 0) {
                    assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(byKey);
                }
            }
        }
    }

    @Test
    void storyIdsMostlyDifferInTheirKeys() {
        assertThat(IdOrder.key("story-abc1")).isEqualTo(IdOrder.key("story-abc2"));
        assertThat(IdOrder.key("story-abb9")).isLessThan(IdOrder.key("story-abc1"));
        assertThat(IdOrder.key("story-abc")).isGreaterThanOrEqualTo(0);
    }

    private static String randomId(SplittableRandom random) {
        StringBuilder id = new StringBuilder();
        int length = random.nextInt(12);
        for (int k = 0; k < length; k++) {
            // mostly a few ASCII letters (so prefixes are shared), sometimes beyond the key's digits
            id.append(random.nextInt(10) == 0 ? (char) (120 + random.nextInt(300)) : (char) ('a' + random.nextInt(3)));
        }
        return id.toString();
    }
}
