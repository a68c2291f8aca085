package io.newsflow.deploy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command line; {@code deploy/newsflow --help} lists its commands. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Event-driven news ingestion, enrichment and story clustering on Apache Kafka.",
        subcommands = {LocalCommand.class, TopicsCommand.class, ExtractCommand.class, MakeCopiesCommand.class,
                TagCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class NewsflowCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewsflowCli()).execute(args));
    }
}
