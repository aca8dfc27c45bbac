package org.ipnetwork.directory.indexer.generate;

/**
 * How generated listings say that they are not real.
 *
 * @param source the listing's {@code source} field
 * @param marker appended to names
 * @param noteEn appended to the English description; may be empty
 * @param noteZh appended to the Chinese description; may be empty
 */
record Provenance(String source, Naming.Marker marker, String noteEn, String noteZh) {

  static Provenance synthetic(long seed) {
    return new Provenance("synthetic (generated, seed " + seed + ")", Naming.Marker.NONE, "", "");
  }

  static Provenance sample() {
    return new Provenance(
        "sample network (fictional, generated)",
        new Naming.Marker(" (sample)", "（示例）"),
        " Sample data: a fictional organisation.",
        "（示例数据，机构为虚构。）");
  }
}
