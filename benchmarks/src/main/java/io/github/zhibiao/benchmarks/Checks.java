package io.github.zhibiao.benchmarks;

/** Sanity checks inside benchmarks: a run that read the wrong amount fails instead of scoring. */
final class Checks {
  private Checks() {
  }

  static void rows(String what, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + " read " + actual + " rows, expected " + expected);
    }
  }
}
