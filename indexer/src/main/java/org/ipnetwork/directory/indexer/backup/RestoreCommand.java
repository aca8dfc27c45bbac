package org.ipnetwork.directory.indexer.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.backup.Snapshots;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.indexer.connection.ConnectionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indexer restore}: brings a snapshot's indices and aliases back. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restores a snapshot (by default the newest complete one) with its aliases, so the backend"
          + " finds the data where it looks. Meant for a fresh node or cluster, before the backend"
          + " starts; existing indices of the directory are refused unless --replace."
    })
public final class RestoreCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Mixin RepositoryOptions repository;

  @Parameters(
      arity = "0..1",
      paramLabel = "SNAPSHOT",
      description = "Name from `indexer snapshot --list`; default: the newest complete one.")
  String name;

  @Option(
      names = "--replace",
      description =
          "Delete the directory's existing indices first (stop the backend before: it writes to"
              + " them).")
  boolean replace;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (ElasticsearchConnection elasticsearch = connection.open()) {
      Snapshots.Restored r =
          new Snapshots(elasticsearch.client(), repository.location).restore(name, replace);
      if (!r.replaced().isEmpty()) {
        err.printf("deleted %s%n", r.replaced());
      }
      err.printf("restored %s: %s%n", r.snapshot().name(), r.snapshot().indices());
      err.flush();
    }
    return 0;
  }
}
