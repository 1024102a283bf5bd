/**
 * The scan's input: which files a check reads (ignore files, excludes, the size limit), the
 * module name of each from the package layout, and the loading of a project's files into models.
 */
@NullMarked
package dev.gilscan.analyzer.files;

import org.jspecify.annotations.NullMarked;
