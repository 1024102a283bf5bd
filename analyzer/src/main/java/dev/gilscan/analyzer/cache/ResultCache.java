package dev.gilscan.analyzer.cache;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The findings and problems of one project part of a check, kept on disk so that a check whose
 * files, settings and gilscan did not change reuses them without parsing anything.
 *
 * <p>An entry is named by a {@link #key key} made of everything that decides a part's results
 * besides its files' contents (gilscan's version and build, the target version, the rules run,
 * the settings that change the analysis, the part's root and file lists), and holds the
 * {@link FileStamp stamps} of the part's files (path, size, modification time and the SHA-256 of
 * the bytes): it is used only when every stamp still matches. Entries are written to a temporary
 * file and renamed into place, so a reader sees a whole entry or none; each ends with the
 * SHA-256 of its contents, so a truncated, corrupt or foreign file is ignored (and rewritten by
 * the check), never trusted.
 *
 * <p>The folder is laid out as Ruff lays out {@code .ruff_cache}: a {@code .gitignore} holding
 * {@code *} and a {@code CACHEDIR.TAG} at the top, the entries in a folder per gilscan version.
 */
public final class ResultCache {
    /** The name of the folder, made at a project's root unless told otherwise. */
    public static final String FOLDER = ".gilscan_cache";

    private static final byte[] MAGIC = "gilscan-cache\n".getBytes(StandardCharsets.US_ASCII);
    /** Bumped whenever the layout of an entry changes. */
    private static final int FORMAT = 2;
    private static final int HASH_BYTES = 32;

    /** A part's results, as the check reports them. */
    public record Entry(List<Finding> findings, List<ProjectLoader.Problem> problems) {
        public Entry {
            findings = List.copyOf(findings);
            problems = List.copyOf(problems);
        }
    }

    /**
     * What a file was when its part was analyzed: its path as the check names it, its size and
     * modification time (milliseconds), and the SHA-256 of its bytes in hex (empty for a file
     * that was not read: missing, not a regular file, or larger than the size limit).
     */
    public record FileStamp(String path, long size, long modified, String sha256) {}

    private final Path root;
    private final String version;
    private final Path entries;

    /** The cache in folder {@code root}, its entries below {@code root/version}. */
    public ResultCache(Path root, String version) {
        this.root = root;
        this.version = version;
        this.entries = root.resolve(version.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    public Path root() {
        return root;
    }

    /** The version of gilscan whose entries this cache reads and writes. */
    public String version() {
        return version;
    }

    /** The key of a part: the SHA-256, in hex, of every item, each ended by a NUL. */
    public static String key(List<String> items) {
        MessageDigest digest = sha256();
        for (String item : items) {
            digest.update(item.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The stamps of {@code files}, in their order. Files larger than {@code maxFileSize} bytes
     * or not regular files are stamped from their attributes alone, as the check does not read
     * them either.
     */
    public static List<FileStamp> stamps(List<Path> files, long maxFileSize) {
        List<FileStamp> out = new ArrayList<>(files.size());
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            out.add(stamp(file, maxFileSize, buffer));
        }
        return out;
    }

    private static FileStamp stamp(Path file, long maxFileSize, byte[] buffer) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return new FileStamp(file.toString(), -1, -1, "");
        }
        long modified = attrs.lastModifiedTime().toMillis();
        if (!attrs.isRegularFile() || attrs.size() > maxFileSize) {
            return new FileStamp(file.toString(), attrs.size(), modified, "");
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return new FileStamp(file.toString(), -1, modified, "");
        }
        return new FileStamp(file.toString(), attrs.size(), modified,
                HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The entry stored under {@code key}, if there is a whole, well-formed one whose stamps are
     * {@code stamps} and whose rules are all among {@code rules}; null otherwise (none yet, or
     * stale, truncated, corrupt or foreign: the caller analyzes the part and writes it anew).
     */
    public @Nullable Entry read(String key, List<FileStamp> stamps,
            Map<String, RuleDescriptor> rules) {
        Path file = entries.resolve(key);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        if (bytes.length < MAGIC.length + HASH_BYTES) {
            return null;
        }
        int body = bytes.length - HASH_BYTES;
        MessageDigest digest = sha256();
        digest.update(bytes, 0, body);
        if (!MessageDigest.isEqual(digest.digest(), Arrays.copyOfRange(bytes, body,
                bytes.length))) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body))) {
            return decode(in, key, stamps, rules);
        } catch (IOException | RuntimeException e) {
            // A well-summed entry that does not decode was written by another format: not ours.
            return null;
        }
    }

    /**
     * Stores {@code entry} under {@code key}, atomically: written to a temporary file beside it,
     * then renamed over any older entry. Creates the folder (with its {@code .gitignore}) first.
     */
    public void write(String key, List<FileStamp> stamps, Entry entry) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            encode(out, key, stamps, entry);
        }
        byte[] body = buffer.toByteArray();
        prepare();
        Path temporary = temporaryBeside(entries.resolve(key));
        try {
            try (var out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(body);
                out.write(sha256().digest(body));
            }
            move(temporary, entries.resolve(key));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes the folders, and the top's {@code .gitignore} and {@code CACHEDIR.TAG}, if missing. */
    private void prepare() throws IOException {
        Files.createDirectories(entries);
        writeIfMissing(root.resolve(".gitignore"), "# Automatically created by gilscan.\n*\n");
        writeIfMissing(root.resolve("CACHEDIR.TAG"),
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                        + "# This file is a cache directory tag created by gilscan.\n");
    }

    private static void writeIfMissing(Path file, String text) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path temporary = temporaryBeside(file);
        try {
            Files.writeString(temporary, text, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A fresh name beside {@code file} for writing it before the rename: unique to this writer,
     * created with the usual permissions (a temporary file's would be the owner's only).
     */
    private static Path temporaryBeside(Path file) {
        return file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ------------------------------------------------------------------ the entry's layout

    private static void encode(DataOutputStream out, String key, List<FileStamp> stamps,
            Entry entry) throws IOException {
        out.write(MAGIC);
        out.writeInt(FORMAT);
        string(out, key);
        out.writeInt(stamps.size());
        for (FileStamp s : stamps) {
            string(out, s.path());
            out.writeLong(s.size());
            out.writeLong(s.modified());
            string(out, s.sha256());
        }
        out.writeInt(entry.findings().size());
        for (Finding f : entry.findings()) {
            string(out, f.rule().id());
            string(out, f.message());
            location(out, f.location());
            related(out, f.related());
            related(out, f.flow());
            out.writeBoolean(f.fix() != null);
            if (f.fix() != null) {
                string(out, f.fix().description());
                string(out, f.fix().applicability().name());
                out.writeInt(f.fix().edits().size());
                for (Finding.Edit edit : f.fix().edits()) {
                    location(out, edit.location());
                    string(out, edit.text());
                }
            }
            out.writeBoolean(f.suppression() != null);
            if (f.suppression() != null) {
                string(out, f.suppression());
            }
        }
        out.writeInt(entry.problems().size());
        for (ProjectLoader.Problem p : entry.problems()) {
            string(out, p.path().toString());
            out.writeInt(p.line());
            out.writeInt(p.column());
            string(out, p.message());
            string(out, p.kind().name());
        }
    }

    private static @Nullable Entry decode(DataInputStream in, String key, List<FileStamp> stamps,
            Map<String, RuleDescriptor> rules) throws IOException {
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) || in.readInt() != FORMAT
                || !string(in).equals(key)) {
            return null;
        }
        int count = in.readInt();
        if (count != stamps.size()) {
            return null;
        }
        for (FileStamp expected : stamps) {
            FileStamp stored = new FileStamp(string(in), in.readLong(), in.readLong(),
                    string(in));
            if (!stored.equals(expected)) {
                return null;
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            RuleDescriptor rule = rules.get(string(in));
            if (rule == null) {
                return null;
            }
            String message = string(in);
            Location location = location(in);
            List<Finding.Related> related = related(in);
            List<Finding.Related> flow = related(in);
            Finding.Fix fix = null;
            if (in.readBoolean()) {
                String description = string(in);
                Finding.Applicability applicability;
                try {
                    applicability = Finding.Applicability.valueOf(string(in));
                } catch (IllegalArgumentException e) {
                    throw new IOException("not a fix's applicability", e);
                }
                List<Finding.Edit> edits = new ArrayList<>();
                for (int e = in.readInt(); e > 0; e--) {
                    edits.add(new Finding.Edit(location(in), string(in)));
                }
                fix = new Finding.Fix(description, applicability, edits);
            }
            String suppression = in.readBoolean() ? string(in) : null;
            findings.add(new Finding(rule, message, location, related, flow, fix, suppression));
        }
        List<ProjectLoader.Problem> problems = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            problems.add(new ProjectLoader.Problem(Path.of(string(in)), in.readInt(),
                    in.readInt(), string(in), ProjectLoader.Problem.Kind.valueOf(string(in))));
        }
        if (in.read() != -1) {
            return null;
        }
        return new Entry(findings, problems);
    }

    private static void location(DataOutputStream out, Location location) throws IOException {
        string(out, location.path().toString());
        Span s = location.span();
        out.writeInt(s.line());
        out.writeInt(s.column());
        out.writeInt(s.endLine());
        out.writeInt(s.endColumn());
        out.writeInt(s.utf16Column());
        out.writeInt(s.utf16EndColumn());
    }

    private static Location location(DataInputStream in) throws IOException {
        Path path = Path.of(string(in));
        return new Location(path, new Span(in.readInt(), in.readInt(), in.readInt(),
                in.readInt(), in.readInt(), in.readInt()));
    }

    private static void related(DataOutputStream out, List<Finding.Related> list)
            throws IOException {
        out.writeInt(list.size());
        for (Finding.Related r : list) {
            location(out, r.location());
            string(out, r.message());
        }
    }

    private static List<Finding.Related> related(DataInputStream in) throws IOException {
        List<Finding.Related> list = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            list.add(new Finding.Related(location(in), string(in)));
        }
        return list;
    }

    /**
     * A string of any length, as its UTF-16 code units (a lone surrogate, which UTF-8 cannot
     * carry, comes back as it was): their count, then each unit.
     */
    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available() / 2) {
            throw new IOException("bad string length " + length);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
