/** The {@code gilscan} command line. */
@NullMarked
package dev.gilscan.cli;

import org.jspecify.annotations.NullMarked;
