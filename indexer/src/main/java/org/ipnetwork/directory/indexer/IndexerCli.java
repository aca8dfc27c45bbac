package org.ipnetwork.directory.indexer;

import org.ipnetwork.directory.indexer.backup.RestoreCommand;
import org.ipnetwork.directory.indexer.backup.SnapshotCommand;
import org.ipnetwork.directory.indexer.export.ExportCommand;
import org.ipnetwork.directory.indexer.generate.GenerateCommand;
import org.ipnetwork.directory.indexer.importing.ImportCommand;
import org.ipnetwork.directory.indexer.partners.PartnersCommand;
import org.ipnetwork.directory.indexer.rebuild.RebuildCommand;
import org.ipnetwork.directory.indexer.rebuild.RollbackCommand;
import org.ipnetwork.directory.indexer.staff.StaffCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code indexer} command line. Exit codes: 0 when everything went in, 1 when
 * anything was rejected or failed, 2 for usage errors.
 */
@Command(
    name = "indexer",
    mixinStandardHelpOptions = true,
    versionProvider = IndexerCli.Version.class,
    description =
        "Loads, rebuilds, exports, generates, backs up and restores the listings of the IP protection"
            + " network directory.",
    subcommands = {
      ImportCommand.class,
      RebuildCommand.class,
      RollbackCommand.class,
      ExportCommand.class,
      GenerateCommand.class,
      PartnersCommand.class,
      StaffCommand.class,
      SnapshotCommand.class,
      RestoreCommand.class,
      CommandLine.HelpCommand.class
    })
public final class IndexerCli {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests run it in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new IndexerCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("indexer: " + e.getMessage());
              return 1;
            });
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = IndexerCli.class.getPackage().getImplementationVersion();
      return new String[] {"indexer " + (v == null ? "(development build)" : v)};
    }
  }
}
