/** Rules on state shared between threads and on locks (GIL3xx). */
@NullMarked
package dev.gilscan.rules.races;

import org.jspecify.annotations.NullMarked;
