package org.ipnetwork.directory.indexer;

import org.ipnetwork.directory.indexer.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the indexer command line. */
@Command(
    name = "indexer",
    mixinStandardHelpOptions = true,
    description = "Maintains the directory's listings.",
    subcommands = GenerateCommand.class)
public final class IndexerCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new IndexerCli()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
