package org.ipnetwork.directory.partner;

/**
 * A key just issued with the partner it belongs to. The plain key exists only here: print it once
 * for staff to hand over, never log it, never store it.
 *
 * @param partner the partner as stored
 * @param key the plain key
 */
public record IssuedKey(Partner partner, String key) {

  @Override
  public String toString() {
    return "IssuedKey[partner=" + partner.id() + ", key=" + partner.keyPrefix() + "…]";
  }
}
