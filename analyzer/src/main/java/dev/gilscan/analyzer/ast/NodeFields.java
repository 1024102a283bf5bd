package dev.gilscan.analyzer.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The CPython view of a node class: its {@code ast} class name and its {@code _fields} with their
 * values, read from the record components (all but the trailing {@link Span}). Shared by
 * {@link AstJson} and {@link AstPrinter}; the component order is CPython's, which the tests check.
 */
final class NodeFields {

    /** The CPython names of the product classes, which are lowercase in CPython. */
    private static final Map<Class<?>, String> LOWERCASE_NAMES = Map.of(
            Arguments.class, "arguments",
            Arg.class, "arg",
            Keyword.class, "keyword",
            Alias.class, "alias",
            WithItem.class, "withitem",
            MatchCase.class, "match_case",
            Comprehension.class, "comprehension");

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    private NodeFields() {
    }

    /** One field: its CPython name and how to read it. */
    record Field(String name, Method accessor) {
        @Nullable Object get(Node node) {
            try {
                return accessor.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "cannot read " + name + " of " + node.getClass(), e);
            }
        }
    }

    /** A node class: its CPython name, its fields in CPython order, whether it has a span. */
    record Shape(String pythonName, List<Field> fields, boolean located) {
    }

    static Shape of(Node node) {
        return SHAPES.get(node.getClass());
    }

    static Shape of(Class<? extends Node> type) {
        return SHAPES.get(type);
    }

    private static Shape shapeOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException("not a node record: " + type);
        }
        List<Field> fields = new ArrayList<>(components.length);
        for (RecordComponent component : components) {
            if (component.getType() != Span.class) {
                fields.add(new Field(snakeCase(component.getName()), component.getAccessor()));
            }
        }
        String name = LOWERCASE_NAMES.getOrDefault(type, type.getSimpleName());
        return new Shape(name, List.copyOf(fields), Located.class.isAssignableFrom(type));
    }

    /** {@code decoratorList} to {@code decorator_list}. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
