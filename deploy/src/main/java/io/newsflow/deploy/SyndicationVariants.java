package io.newsflow.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the kind of variant a syndicated or re-posted article is: a new headline, an added byline or
 * boilerplate line, a dropped or reordered paragraph, a few small wording edits, changed whitespace and
 * punctuation. Each variant applies a random selection of these, drawn from the given random source.
 */
final class SyndicationVariants {

    private static final String[] AGENCIES = {"Newsflow Wire", "Metro Press Service", "Continental News Agency",
            "The Daily Relay", "Globe Syndicate"};
    private static final String[] REPORTERS = {"Ana Ruiz", "Tom Becker", "Priya Natarajan", "Lena Koval",
            "Samuel Osei", "Mei Tanaka"};
    private static final String[][] SWAPS = {{"said", "stated"}, {"says", "states"}, {"told", "informed"},
            {"on monday", "monday"}, {"about", "around"}, {"more than", "over"}, {"people", "persons"},
            {"police", "officers"}, {"government", "administration"}, {"killed", "left dead"},
            {"however", "but"}, {"also", "as well"}, {"according to", "per"}, {"officials", "authorities"}};

    private final Random random;

    SyndicationVariants(Random random) {
        this.random = random;
    }

    /** A variant of the headline. */
    String headline(String title) {
        return switch (random.nextInt(4)) {
            case 0 -> "UPDATE: " + title;
            case 1 -> title + " | " + pick(AGENCIES);
            case 2 -> title.toUpperCase(Locale.ROOT);
            default -> rotate(title);
        };
    }

    /** A variant of the body. */
    String text(String text) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.strip().split("\\n\\s*\\n|\\n")));
        if (paragraphs.size() >= 4 && random.nextInt(3) == 0) {
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        } else if (paragraphs.size() >= 3 && random.nextBoolean()) {
            int i = 1 + random.nextInt(paragraphs.size() - 2);
            paragraphs.add(i + 1, paragraphs.remove(i));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphs.set(i, edited(paragraphs.get(i)));
        }
        if (random.nextInt(3) > 0) {
            paragraphs.add(0, random.nextBoolean() ? "By " + pick(REPORTERS) + ", " + pick(AGENCIES)
                    : pick(AGENCIES).toUpperCase(Locale.ROOT) + " --");
        }
        if (random.nextInt(3) > 0) {
            paragraphs.add(random.nextBoolean() ? "(Reporting by " + pick(REPORTERS) + "; editing by " + pick(REPORTERS) + ")"
                    : "Copyright " + (2020 + random.nextInt(7)) + " " + pick(AGENCIES) + ". All rights reserved.");
        }
        String variant = String.join(random.nextBoolean() ? "\n\n" : "\n", paragraphs);
        // a variant that drew no change at all still gets the byline every syndication adds
        return variant.equals(text.strip()) ? "By " + pick(REPORTERS) + ", " + pick(AGENCIES) + "\n" + variant : variant;
    }

    /** A few wording edits and whitespace or punctuation changes in one paragraph. */
    private String edited(String paragraph) {
        String result = paragraph;
        if (random.nextInt(4) == 0) {
            String[] swap = pick(SWAPS);
            result = replaceFirstIgnoringCase(result, swap[0], swap[1]);
        }
        if (random.nextInt(5) == 0) {
            result = result.replace(", ", " , ");
        }
        if (random.nextInt(5) == 0) {
            result = result.replace("\"", random.nextBoolean() ? "“" : "'");
        }
        if (random.nextInt(6) == 0) {
            result = result.replace(". ", ".  ");
        }
        return result;
    }

    private static String replaceFirstIgnoringCase(String text, String from, String to) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(" " + from + " ");
        return at < 0 ? text : text.substring(0, at + 1) + to + text.substring(at + 1 + from.length());
    }

    private String rotate(String title) {
        String[] parts = title.split(":\\s*|\\s+-\\s+", 2);
        return parts.length == 2 ? parts[1] + ": " + parts[0] : title + " (" + pick(AGENCIES) + ")";
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
