/**
 * Python 3.10-3.14 source to the CPython-shaped AST: decoding, tokenizer, ANTLR parser, AST
 * builder.
 */
@NullMarked
package dev.gilscan.analyzer.parser;

import org.jspecify.annotations.NullMarked;
