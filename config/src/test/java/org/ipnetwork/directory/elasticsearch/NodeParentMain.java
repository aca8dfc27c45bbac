package org.ipnetwork.directory.elasticsearch;

import java.nio.file.Path;

/** A parent JVM for {@link EmbeddedElasticsearchIT}: starts a node, says so, and waits to die. */
public final class NodeParentMain {

  static final String READY = "NODE-READY";

  private NodeParentMain() {}

  public static void main(String[] args) throws Exception {
    EmbeddedSettings settings =
        EmbeddedSettings.defaults()
            .withHome(Path.of(args[0]))
            .withInstallDir(Path.of(args[1]))
            .withHttpPort(0);
    EmbeddedElasticsearch node = EmbeddedElasticsearch.start(settings);
    System.out.println(READY + " " + node.pid().orElseThrow());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
