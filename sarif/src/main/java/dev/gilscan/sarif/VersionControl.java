package dev.gilscan.sarif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The repository and commit a scan's files come from: SARIF's {@code versionControlProvenance}
 * (2.1.0 §3.14.26), which lets a viewer link each location to its line in the repository.
 * {@link #of} reads it from the git files themselves ({@code .git/HEAD}, the refs, the
 * {@code config}), so it needs neither a {@code git} program nor the network.
 *
 * @param root the work tree's top folder, the one holding {@code .git}
 * @param repositoryUri the remote's web address, such as {@code https://github.com/o/r}: the
 *     {@code origin} remote (else the first one) with credentials and {@code .git} left out and
 *     an SSH address written as {@code https}
 * @param revisionId the commit checked out (40 or 64 hex digits)
 * @param branch the branch checked out, such as {@code main}; null when the head is detached
 */
public record VersionControl(Path root, String repositoryUri, String revisionId,
        @Nullable String branch) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Pattern SECTION =
            Pattern.compile("\\s*\\[\\s*remote\\s+\"([^\"]*)\"\\s*]\\s*");
    private static final Pattern URL = Pattern.compile("\\s*url\\s*=\\s*(.*?)\\s*");
    private static final Pattern SCP = Pattern.compile("(?:[^@/]+@)?([^:/]+):(?!//)(.+)");
    private static final String HEADS = "refs/heads/";

    /**
     * The work tree at or above {@code dir} and its checked-out commit and remote; null when
     * there is none, or when the head, the commit or a web address of a remote cannot be read
     * (a repository without a remote, one whose remote is a local folder, an unborn branch).
     */
    public static @Nullable VersionControl of(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path dotGit = d.resolve(".git");
            if (Files.exists(dotGit)) {
                try {
                    return read(d, dotGit);
                } catch (IOException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static @Nullable VersionControl read(Path root, Path dotGit) throws IOException {
        Path gitDir = dotGit;
        if (Files.isRegularFile(dotGit)) {
            String link = firstLine(dotGit);
            if (link == null || !link.startsWith("gitdir:")) {
                return null;
            }
            gitDir = dotGit.getParent().resolve(link.substring("gitdir:".length()).strip());
        }
        Path common = gitDir;
        String commonDir = firstLine(gitDir.resolve("commondir"));
        if (commonDir != null) {
            common = gitDir.resolve(commonDir);
        }
        String head = firstLine(gitDir.resolve("HEAD"));
        if (head == null) {
            return null;
        }
        String branch = null;
        String commit = head;
        if (head.startsWith("ref:")) {
            String ref = head.substring(4).strip();
            branch = ref.startsWith(HEADS) ? ref.substring(HEADS.length()) : null;
            commit = resolve(ref, gitDir, common);
        }
        if (commit == null || !HEX.matcher(commit).matches()) {
            return null;
        }
        String uri = remote(common.resolve("config"));
        return uri == null ? null : new VersionControl(root, uri, commit, branch);
    }

    /**
     * The commit a ref names: its loose file in the work tree's or the common git folder, else
     * its line in {@code packed-refs}.
     */
    private static @Nullable String resolve(String ref, Path gitDir, Path common)
            throws IOException {
        for (Path dir : List.of(gitDir, common)) {
            String loose = firstLine(dir.resolve(ref));
            if (loose != null) {
                return loose;
            }
        }
        Path packed = common.resolve("packed-refs");
        if (!Files.isRegularFile(packed)) {
            return null;
        }
        for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space > 0 && line.substring(space + 1).strip().equals(ref)) {
                return line.substring(0, space);
            }
        }
        return null;
    }

    /** The web address of the {@code origin} remote, else of the first remote with one. */
    private static @Nullable String remote(Path config) throws IOException {
        if (!Files.isRegularFile(config)) {
            return null;
        }
        String section = null;
        String first = null;
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            Matcher s = SECTION.matcher(line);
            if (s.matches()) {
                section = s.group(1);
                continue;
            }
            if (line.strip().startsWith("[")) {
                section = null;
                continue;
            }
            Matcher u = URL.matcher(line);
            if (section != null && u.matches()) {
                String web = webAddress(u.group(1));
                if (web != null && section.equals("origin")) {
                    return web;
                }
                first = first == null ? web : first;
            }
        }
        return first;
    }

    /**
     * A remote's address as an {@code https} address without credentials, port or {@code .git};
     * null for a local folder or a scheme a browser cannot open.
     */
    static @Nullable String webAddress(String url) {
        String value = url.startsWith("\"") && url.endsWith("\"") && url.length() > 1
                ? url.substring(1, url.length() - 1) : url;
        String host;
        String path;
        int scheme = value.indexOf("://");
        if (scheme > 0) {
            String name = value.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (!List.of("https", "http", "ssh", "git", "git+ssh", "ssh+git").contains(name)) {
                return null;
            }
            String rest = value.substring(scheme + 3);
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                return null;
            }
            host = rest.substring(0, slash);
            host = host.substring(host.lastIndexOf('@') + 1);
            path = rest.substring(slash + 1);
            if (name.equals("http")) {
                return trim("http://" + host + "/" + path);
            }
            if (!name.equals("https")) {
                int colon = host.indexOf(':');
                host = colon >= 0 ? host.substring(0, colon) : host;
            }
        } else {
            Matcher scp = SCP.matcher(value);
            if (!scp.matches() || value.startsWith("/") || value.startsWith(".")) {
                return null;
            }
            host = scp.group(1);
            path = scp.group(2);
        }
        if (host.isEmpty() || path.isEmpty()) {
            return null;
        }
        return trim("https://" + host + "/" + path);
    }

    private static String trim(String address) {
        String a = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        return a.endsWith(".git") ? a.substring(0, a.length() - 4) : a;
    }

    private static @Nullable String firstLine(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.isEmpty() ? null : lines.get(0).strip();
    }
}
