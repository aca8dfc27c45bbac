package org.ipnetwork.directory.indexer.options;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.ipnetwork.directory.elasticsearch.ElasticsearchConnection;
import org.ipnetwork.directory.indexer.connection.ConnectionOptions;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * A sub-command of {@code partners} or {@code staff}: connect, then one operation of the shared
 * admin ({@code PartnerAdmin}, {@code StaffAdmin}). Input the admin refuses (an unknown id, a bad
 * scope, a weak password) exits with 1 and the reason on standard error.
 *
 * @param <A> the admin the operation works through
 */
public abstract class AdminOperation<A> implements Callable<Integer> {

  @Spec protected CommandLine.Model.CommandSpec spec;
  @Mixin protected ConnectionOptions connection;

  private final String command;

  /**
   * @param command the parent command's name, which prefixes error messages
   */
  protected AdminOperation(String command) {
    this.command = command;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      prepare();
      try (ElasticsearchConnection elasticsearch = connection.open()) {
        run(admin(elasticsearch.client()), out);
        out.flush();
        return 0;
      }
    } catch (IllegalArgumentException | NoSuchElementException e) {
      spec.commandLine().getErr().println(command + ": " + e.getMessage());
      return 1;
    }
  }

  /** Checks what can be checked before connecting. */
  protected void prepare() {}

  /** The admin over this connection, its index created when missing. */
  protected abstract A admin(ElasticsearchClient client);

  protected abstract void run(A admin, PrintWriter out);
}
