package org.ipnetwork.directory.understanding;

/** How a match was found. */
public enum Via {
  /** The entry as written, after folding case, width, accents and traditional characters. */
  EXACT,
  /** The pinyin of a Chinese entry ("riben", "ri ben", "rìběn" for 日本). */
  PINYIN,
  /**
   * A Latin entry typed with up to {@link org.ipnetwork.directory.text.Typos#allowedEdits} edits.
   */
  TYPO
}
