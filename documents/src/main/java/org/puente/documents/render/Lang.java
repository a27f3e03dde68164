package org.puente.documents.render;

/** The two languages every document renders in. */
public enum Lang {
  /** Spanish. */
  ES,
  /** English. */
  EN
}
