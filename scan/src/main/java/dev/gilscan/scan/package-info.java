/**
 * One scan, for {@code gilscan check} and the language server alike: given the
 * {@link dev.gilscan.settings.Settings}, the rules and the project parts to analyze
 * ({@link dev.gilscan.analyzer.files.ProjectScope.Part}), {@link dev.gilscan.scan.ScanService}
 * runs the phases of the analyzer's packages in order for each part: the results cache
 * ({@link dev.gilscan.scan.CachedPart}, in {@link dev.gilscan.scan.CacheLocation}), then
 * {@code files} (parse and model), {@code link} (the project) and {@code engine} (the rules'
 * report).
 */
@NullMarked
package dev.gilscan.scan;

import org.jspecify.annotations.NullMarked;
