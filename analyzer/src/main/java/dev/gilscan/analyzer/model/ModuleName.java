package dev.gilscan.analyzer.model;

/**
 * The dotted module name of a file, as Python would import it, and whether the file is a
 * package's {@code __init__.py}: {@code pkg/sub/mod.py} is {@code pkg.sub.mod}, and
 * {@code pkg/sub/__init__.py} is the package {@code pkg.sub}. {@link PackageLayout} finds a
 * file's name from the folders around it.
 */
public record ModuleName(String name, boolean isPackage) {

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
