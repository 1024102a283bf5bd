/**
 * The settings a scan runs with, before any file is read: the {@code [tool.gilscan]} table of the
 * nearest {@code pyproject.toml} ({@link dev.gilscan.settings.ProjectSettings}), and the command
 * line's or the editor's options over it ({@link dev.gilscan.settings.Overrides}), combined into
 * one {@link dev.gilscan.settings.Settings} in one place for {@code gilscan check} and the
 * language server alike.
 */
@NullMarked
package dev.gilscan.settings;

import org.jspecify.annotations.NullMarked;
