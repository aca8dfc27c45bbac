package org.ipnetwork.directory.indexer.backup;

import org.ipnetwork.directory.backup.Snapshots;
import picocli.CommandLine.Option;

/** Where the snapshot repository is, as the Elasticsearch nodes see it. */
final class RepositoryOptions {

  @Option(
      names = "--location",
      paramLabel = "DIR",
      defaultValue = Snapshots.DEFAULT_LOCATION,
      description =
          "The repository's folder as the nodes see it: relative to their path.repo (default"
              + " ${DEFAULT-VALUE}) or absolute under it.")
  String location;
}
