package io.newsflow.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the newsflow checkout is: the launcher passes it as {@code -Dnewsflow.home}. */
final class NewsflowHome {

    private NewsflowHome() {
    }

    static Path path() {
        String home = System.getProperty("newsflow.home");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }

    /** The sample corpus newsflow ships: 48 articles about 12 invented events. */
    static Path sampleCorpus() {
        Path corpus = path().resolve("deploy/samples/articles.jsonl");
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalStateException("the sample corpus is missing: " + corpus
                    + " (run deploy/newsflow from a newsflow checkout)");
        }
        return corpus;
    }
}
