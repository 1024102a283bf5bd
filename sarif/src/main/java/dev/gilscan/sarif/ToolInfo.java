package dev.gilscan.sarif;

import java.net.URI;

/**
 * The tool that wrote a report: SARIF's {@code tool.driver} without its rules.
 *
 * @param name the tool's name, {@code gilscan}; GitHub keys its alerts on it
 * @param version the tool's version, {@code 0.1.0}
 * @param informationUri an absolute URI of the tool's home page
 */
public record ToolInfo(String name, String version, String informationUri) {

    /** Checks that the name and version are not blank and that the URI is absolute. */
    public ToolInfo {
        if (name.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("the tool needs a name and a version");
        }
        if (!URI.create(informationUri).isAbsolute()) {
            throw new IllegalArgumentException("not an absolute URI: " + informationUri);
        }
    }
}
