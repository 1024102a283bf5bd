/**
 * The results cache of {@code gilscan check}: a project part's findings and problems, kept in
 * {@code .gilscan_cache/} and reused while none of the part's files, the settings or gilscan
 * itself changed.
 */
@NullMarked
package dev.gilscan.analyzer.cache;

import org.jspecify.annotations.NullMarked;
