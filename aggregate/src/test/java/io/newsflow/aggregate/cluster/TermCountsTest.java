package io.newsflow.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermCountsTest {

    @Test
    void keepsTheCallersOrderAndCountsAndIsFoundByTerm() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int k = 50; k > 0; k--) {
            counts.put("term" + (k * 7 % 51), k);
        }

        TermCounts copy = TermCounts.of(counts);

        assertThat(copy).isEqualTo(counts).hasSameHashCodeAs(counts).isEqualTo(new HashMap<>(counts));
        assertThat(copy.keySet()).containsExactlyElementsOf(counts.keySet());
        assertThat(copy.entrySet()).containsExactlyElementsOf(counts.entrySet());
        for (int k = 0; k < copy.size(); k++) {
            assertThat(copy.count(k)).isEqualTo(counts.get(copy.term(k)));
        }
        assertThat(copy.get("term7")).isEqualTo(1);
        assertThat(copy.containsKey("term7")).isTrue();
        assertThat(copy.containsKey("term51")).isFalse();
        assertThat(copy.get("absent")).isNull();
        assertThat(TermCounts.of(copy)).isSameAs(copy);
    }

    @Test
    void cannotBeChanged() {
        TermCounts copy = TermCounts.of(Map.of("quake", 2));

        assertThatThrownBy(() -> copy.put("fire", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(TermCounts.of(Map.of())).isEmpty();
    }
}
