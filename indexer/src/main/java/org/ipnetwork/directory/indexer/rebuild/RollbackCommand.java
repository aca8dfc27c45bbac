package org.ipnetwork.directory.indexer.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.index.ListingIndex;
import org.ipnetwork.directory.indexer.connection.ConnectionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code indexer rollback}: points the alias back at the index before the current one. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = {
      "Swaps the listings alias back to the previous index (the one a rebuild replaced).",
      "Listings changed since are first copied into it with their versions, so no edit is lost;"
          + " only the mapping and settings go back (the previous index first gets the fields it"
          + " lacks, so that the copied listings fit)."
    })
public final class RollbackCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (ElasticsearchConnection elasticsearch = connection.open()) {
      String[] moved = rollback(elasticsearch.client());
      err.printf("alias %s: %s -> %s%n", ListingIndex.ALIAS, moved[0], moved[1]);
      err.flush();
    }
    return 0;
  }

  /** Returns the index left and the index now live. */
  public static String[] rollback(ElasticsearchClient client) throws IOException {
    String live =
        ListingIndex.INDEX
            .current(client)
            .orElseThrow(() -> new IllegalStateException("no listings index to roll back"));
    Reindexing ops = new Reindexing(client);
    List<String> older =
        ListingIndex.INDEX.versionedIndices(client).stream()
            .filter(name -> name.compareTo(live) < 0)
            .toList();
    if (older.isEmpty()) {
      throw new IllegalStateException("no index older than " + live + " to roll back to");
    }
    String previous = older.get(older.size() - 1);
    // The previous index may predate a field the live documents carry; its mapping is strict.
    ListingIndex.INDEX.addMissingFields(client, previous);
    ops.copy(live, previous, null);
    ops.awaitUsable(previous);
    ListingIndex.INDEX.swap(client, live, previous);
    // Writes that reached the left index between the copy and the swap.
    ops.copy(live, previous, null);
    return new String[] {live, previous};
  }
}
