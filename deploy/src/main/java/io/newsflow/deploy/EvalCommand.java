package io.newsflow.deploy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow eval ...}: quality evaluations, each printing one JSON object as its last line. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures quality on a labelled corpus; the last line of output is one JSON object.",
        subcommands = {ClusteringEvalCommand.class, DedupEvalCommand.class, ExtractionEvalCommand.class,
                ActorsEvalCommand.class, NamesEvalCommand.class, CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
