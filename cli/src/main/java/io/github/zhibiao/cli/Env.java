package io.github.zhibiao.cli;

import io.github.zhibiao.spi.ReadProgress;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Where a run writes and whether it may draw progress: {@code terminal} is whether standard error
 * is a terminal ({@code System.console() != null}), and {@code events} sees every progress event a
 * drawn bar sees (tests record them).
 */
record Env(PrintStream out, PrintStream err, boolean terminal, Consumer<ReadProgress> events) {
}
