/**
 * The per-file step: the model of one file (its symbols, imports, qualified names, values and
 * execution contexts), built from its tree and nothing else.
 */
@NullMarked
package dev.gilscan.analyzer.model;

import org.jspecify.annotations.NullMarked;
