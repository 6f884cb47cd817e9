package dev.dunning.models.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./dunning model train|evaluate}: trains the risk model on real data, or evaluates one on a file. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Train or evaluate the risk model (payment history only).",
        subcommands = {TrainCommand.class, EvaluateCommand.class})
public final class ModelCli implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ModelCli()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
