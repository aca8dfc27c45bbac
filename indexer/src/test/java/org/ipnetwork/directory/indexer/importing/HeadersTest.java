package org.ipnetwork.directory.indexer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipnetwork.directory.importing.Headers;
import org.ipnetwork.directory.indexer.columns.CsvLine;
import org.junit.jupiter.api.Test;

class HeadersTest {

  @Test
  void importUndoesExportNeutralisation() {
    for (String cell : new String[] {"+4989123", "=x", "-1", "@a", "plain", "'quoted"}) {
      assertThat(Headers.unneutralise(CsvLine.neutralise(cell))).isEqualTo(cell);
    }
  }
}
