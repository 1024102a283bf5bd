package dev.gilscan.analyzer.semantic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The dotted module name of a file, as Python would import it.
 *
 * <p>{@code root/pkg/sub/mod.py} with {@code __init__.py} in {@code pkg} and {@code sub} is
 * {@code pkg.sub.mod}; {@code pkg/sub/__init__.py} is the package {@code pkg.sub}. Folders without
 * {@code __init__.py} below the scanned root are namespace packages, so {@code root/ns/mod.py} is
 * {@code ns.mod}. A {@code src/} folder is a source root: {@code root/src/pkg/mod.py} is
 * {@code pkg.mod}.
 */
public record ModuleName(String name, boolean isPackage) {

    /** The module name of {@code file}, scanned from {@code root} (a folder, or the file itself). */
    public static ModuleName of(Path root, Path file) {
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path absoluteRoot = root.toAbsolutePath().normalize();
        if (Files.isRegularFile(absoluteRoot)) {
            absoluteRoot = absoluteRoot.getParent();
        }
        String fileName = absoluteFile.getFileName().toString();
        boolean isPackage = fileName.equals("__init__.py") || fileName.equals("__init__.pyi");
        Deque<String> parts = new ArrayDeque<>();
        if (!isPackage) {
            parts.addFirst(stripSuffix(fileName));
        }
        Path dir = absoluteFile.getParent();
        while (dir != null && dir.getFileName() != null) {
            boolean regularPackage = Files.exists(dir.resolve("__init__.py"))
                    || Files.exists(dir.resolve("__init__.pyi"));
            boolean insideRoot = dir.startsWith(absoluteRoot) && !dir.equals(absoluteRoot);
            if (!regularPackage && !insideRoot) {
                break;
            }
            if (!regularPackage && dir.getFileName().toString().equals("src")) {
                break;
            }
            parts.addFirst(dir.getFileName().toString());
            dir = dir.getParent();
        }
        if (parts.isEmpty()) {
            parts.add(stripSuffix(fileName));
        }
        return new ModuleName(String.join(".", parts), isPackage);
    }

    private static String stripSuffix(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The package that relative imports in this module start from. */
    public String packageName() {
        if (isPackage) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /**
     * The absolute name of {@code from <dots><module> import ...} in this module, or null when the
     * dots climb above the top-level package.
     */
    public String resolveRelative(int level, String module) {
        String base = packageName();
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                if (base.isEmpty()) {
                    return null;
                }
                base = "";
            } else {
                base = base.substring(0, dot);
            }
        }
        if (module == null || module.isEmpty()) {
            return base.isEmpty() ? null : base;
        }
        return base.isEmpty() ? module : base + "." + module;
    }
}
