/**
 * What a rule is and what it may use: the {@code @Rule} annotation, {@code Check}, its context
 * and findings.
 */
@NullMarked
package dev.gilscan.analyzer.rule;

import org.jspecify.annotations.NullMarked;
