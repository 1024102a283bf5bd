package dev.gilscan.settings;

/**
 * A configuration that cannot be used: the message names the file and the key, or the option,
 * in one line.
 */
public final class SettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
