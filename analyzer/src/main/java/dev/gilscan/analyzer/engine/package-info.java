/**
 * The scan engine: walks each file once and hands every node to the rules that subscribed to its
 * kind.
 */
@NullMarked
package dev.gilscan.analyzer.engine;

import org.jspecify.annotations.NullMarked;
