package dev.gilscan.analyzer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.parser.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportsTest {

    private static List<String> bindings(String code, ModuleName module) throws Exception {
        Imports imports = Imports.of(SourceParser.parseText("t.py", code, 14).module(), module);
        return imports.names().stream()
                .map(n -> n.localName() + "=" + n.qualifiedName() + (n.typeCheckingOnly() ? "?" : ""))
                .toList();
    }

    @Test
    void everyImportFormBindsItsQualifiedName() throws Exception {
        ModuleName module = new ModuleName("pkg.sub.mod", false);
        assertThat(bindings("""
                import os
                import concurrent.futures
                import concurrent.futures as cf
                from multiprocessing import Pool as P
                from . import sibling
                from .. import top
                from .helpers import work as w
                from ..other.deep import thing
                def f():
                    import threading
                if TYPE_CHECKING:
                    from typing import Any
                try:
                    import ujson as json
                except ImportError:
                    import json
                """, module)).containsExactly("os=os", "concurrent=concurrent",
                "cf=concurrent.futures", "P=multiprocessing.Pool", "sibling=pkg.sub.sibling",
                "top=pkg.top", "w=pkg.sub.helpers.work", "thing=pkg.other.deep.thing",
                "threading=threading", "Any=typing.Any?", "json=ujson", "json=json");
    }

    @Test
    void relativeImportsInAPackageStartFromThePackageItself() throws Exception {
        assertThat(bindings("from . import a\nfrom .b import c\n", new ModuleName("pkg", true)))
                .containsExactly("a=pkg.a", "c=pkg.b.c");
    }

    @Test
    void starImportsAreRecordedByModule() throws Exception {
        Imports imports = Imports.of(SourceParser.parseText("t.py", "from .x import *\n", 14)
                .module(), new ModuleName("pkg.mod", false));
        assertThat(imports.starImports()).containsExactly("pkg.x");
    }
}
