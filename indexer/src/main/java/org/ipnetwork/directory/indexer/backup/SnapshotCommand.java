package org.ipnetwork.directory.indexer.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.backup.BackedUpIndices;
import org.ipnetwork.directory.backup.Snapshot;
import org.ipnetwork.directory.backup.Snapshots;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.indexer.connection.ConnectionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indexer snapshot}: backs up the directory's indices, or lists the backups. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description = {
      "Takes a snapshot of the directory's indices (listings, drafts, history, partners, partner"
          + " usage, staff, corrections) with their aliases into the filesystem repository, named"
          + " by date; prints its name. `indexer restore` brings one back.",
      "The repository lies under the nodes' path.repo: the embedded node's is a `snapshots`"
          + " folder next to its home (--es-snapshots to change it)."
    })
public final class SnapshotCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Mixin RepositoryOptions repository;

  @Option(
      names = "--list",
      description = "List the snapshots (name, state, start, indices), oldest first.")
  boolean list;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ElasticsearchConnection elasticsearch = connection.open()) {
      Snapshots snapshots = new Snapshots(elasticsearch.client(), repository.location);
      if (list) {
        List<Snapshot> all = snapshots.list();
        for (Snapshot s : all) {
          out.printf(
              "%s\t%s\t%s\t%d indices%n", s.name(), s.state(), s.start(), s.indices().size());
        }
        out.flush();
        err.printf("%d snapshot(s) in %s%n", all.size(), repository.location);
      } else {
        Snapshot s = snapshots.create(Clock.systemUTC());
        out.println(s.name());
        out.flush();
        err.printf("snapshot %s of %s: %s%n", s.name(), BackedUpIndices.ALIASES, s.indices());
      }
      err.flush();
    }
    return 0;
  }
}
