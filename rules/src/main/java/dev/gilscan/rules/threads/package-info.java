/** Rules on work sent to threads (GIL1xx). */
@NullMarked
package dev.gilscan.rules.threads;

import org.jspecify.annotations.NullMarked;
