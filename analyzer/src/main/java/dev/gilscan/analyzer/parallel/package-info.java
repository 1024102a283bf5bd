/**
 * Where per-file work runs: threads with a deep, fixed stack, so a file's verdict never depends
 * on which thread happened to analyze it.
 */
@NullMarked
package dev.gilscan.analyzer.parallel;

import org.jspecify.annotations.NullMarked;
