package dev.gilscan.analyzer.ast;

import static dev.gilscan.analyzer.ast.TestTrees.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Checks every node record against CPython's class table, by reflection over the sealed hierarchy. */
class NodeClassesTest {

    /**
     * CPython 3.14's node classes (enum-like singletons left out): name, {@code L} if the class has
     * the position {@code _attributes}, then its {@code _fields} in order; {@code ?} marks an optional
     * field ({@code X | None}), {@code *} a list, {@code ?*} a list that holds None. Generated from
     * {@code _fields}, {@code _attributes} and {@code _field_types} of Python 3.14.2, except that
     * {@code Dict.keys} and {@code arguments.kw_defaults} hold None although typed {@code list[expr]},
     * and {@code ImportFrom.level}, typed {@code int | None}, is always set by the parser.
     */
    private static final String CPYTHON_CLASSES = """
            alias L name asname?
            AnnAssign L target annotation value? simple
            arg L arg annotation? type_comment?
            arguments - posonlyargs* args* vararg? kwonlyargs* kw_defaults?* kwarg? defaults*
            Assert L test msg?
            Assign L targets* value type_comment?
            AsyncFor L target iter body* orelse* type_comment?
            AsyncFunctionDef L name args body* decorator_list* returns? type_comment? type_params*
            AsyncWith L items* body* type_comment?
            Attribute L value attr ctx
            AugAssign L target op value
            Await L value
            BinOp L left op right
            BoolOp L op values*
            Break L
            Call L func args* keywords*
            ClassDef L name bases* keywords* body* decorator_list* type_params*
            Compare L left ops* comparators*
            comprehension - target iter ifs* is_async
            Constant L value kind?
            Continue L
            Delete L targets*
            Dict L keys?* values*
            DictComp L key value generators*
            ExceptHandler L type? name? body*
            Expr L value
            Expression - body
            For L target iter body* orelse* type_comment?
            FormattedValue L value conversion format_spec?
            FunctionDef L name args body* decorator_list* returns? type_comment? type_params*
            FunctionType - argtypes* returns
            GeneratorExp L elt generators*
            Global L names*
            If L test body* orelse*
            IfExp L test body orelse
            Import L names*
            ImportFrom L module? names* level
            Interactive - body*
            Interpolation L value str conversion format_spec?
            JoinedStr L values*
            keyword L arg? value
            Lambda L args body
            List L elts* ctx
            ListComp L elt generators*
            Match L subject cases*
            match_case - pattern guard? body*
            MatchAs L pattern? name?
            MatchClass L cls patterns* kwd_attrs* kwd_patterns*
            MatchMapping L keys* patterns* rest?
            MatchOr L patterns*
            MatchSequence L patterns*
            MatchSingleton L value
            MatchStar L name?
            MatchValue L value
            Module - body* type_ignores*
            Name L id ctx
            NamedExpr L target value
            Nonlocal L names*
            ParamSpec L name default_value?
            Pass L
            Raise L exc? cause?
            Return L value?
            Set L elts*
            SetComp L elt generators*
            Slice L lower? upper? step?
            Starred L value ctx
            Subscript L value slice ctx
            TemplateStr L values*
            Try L body* handlers* orelse* finalbody*
            TryStar L body* handlers* orelse* finalbody*
            Tuple L elts* ctx
            TypeAlias L name type_params* value
            TypeIgnore - lineno tag
            TypeVar L name bound? default_value?
            TypeVarTuple L name default_value?
            UnaryOp L op operand
            While L test body* orelse*
            With L items* body* type_comment?
            withitem - context_expr optional_vars?
            Yield L value?
            YieldFrom L value
            """;

    private int counter;

    @Test
    void everyCpythonClassHasExactlyOneRecord() {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : concreteClasses()) {
            assertThat(type.isRecord()).as(type.getName()).isTrue();
            assertThat(names.add(pythonName(type))).as("duplicate " + pythonName(type)).isTrue();
        }

        assertThat(names).isEqualTo(new TreeSet<>(cpythonClasses().keySet())).hasSize(81);
    }

    @Test
    void componentsAreTheCpythonFieldsInOrderThenTheSpan() {
        Map<String, String[]> table = cpythonClasses();
        for (Class<?> type : concreteClasses()) {
            String[] expected = table.get(pythonName(type));
            boolean located = expected[1].equals("L");
            List<String> fields = new ArrayList<>();
            for (String field : Arrays.copyOfRange(expected, 2, expected.length)) {
                fields.add(field.replace("?", "").replace("*", ""));
            }
            List<RecordComponent> components = new ArrayList<>(List.of(type.getRecordComponents()));
            if (located) {
                RecordComponent last = components.remove(components.size() - 1);
                assertThat(last.getName() + ":" + last.getType()).as(type.getName())
                        .isEqualTo("span:" + Span.class);
            }

            assertThat(components).extracting(c -> NodeFields.snakeCase(c.getName())).as(type.getName())
                    .containsExactlyElementsOf(fields);
            assertThat(Located.class.isAssignableFrom(type)).as(type.getName()).isEqualTo(located);
            assertThat(NodeFields.of(type.asSubclass(Node.class)).fields()).extracting(NodeFields.Field::name)
                    .containsExactlyElementsOf(fields);
        }
    }

    @Test
    void optionalFieldsAreNullableAndRepeatedFieldsAreLists() {
        Map<String, String[]> table = cpythonClasses();
        for (Class<?> type : concreteClasses()) {
            String[] expected = table.get(pythonName(type));
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 2; i < expected.length; i++) {
                RecordComponent component = components[i - 2];
                String marks = expected[i].replaceAll("[a-z_]", "");
                String actual = component.getType() == List.class
                        ? (isNullable(elementType(component)) ? "?*" : "*")
                        : (isNullable(component.getAnnotatedType()) ? "?" : "");
                assertThat(actual).as(type.getSimpleName() + "." + component.getName()).isEqualTo(marks);
            }
        }
    }

    @Test
    void acceptCallsTheVisitMethodOfTheClass() throws Exception {
        @SuppressWarnings("unchecked")
        AstVisitor<Object> visitor = (AstVisitor<Object>) Proxy.newProxyInstance(
                AstVisitor.class.getClassLoader(), new Class<?>[] {AstVisitor.class},
                (proxy, method, args) -> method.getName() + "(" + args[0].getClass().getName() + ")");
        for (Class<?> type : concreteClasses()) {
            Node node = build(type, true);

            assertThat(node.accept(visitor)).isEqualTo(visitMethodName(type) + "(" + type.getName() + ")");
        }
    }

    @Test
    void visitorHasOneMethodPerClassAndEachDefaultsToDefaultResult() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : concreteClasses()) {
            Method method = AstVisitor.class.getMethod(visitMethodName(type), type);
            assertThat(method.isDefault()).as(method.getName()).isTrue();
            expected.add(method.getName());
        }
        Set<String> declared = Arrays.stream(AstVisitor.class.getDeclaredMethods())
                .map(Method::getName).filter(n -> n.startsWith("visit"))
                .collect(Collectors.toCollection(TreeSet::new));
        AstVisitor<String> visitor = node -> "default " + pythonName(node.getClass());

        assertThat(declared).isEqualTo(expected);
        assertThat(AstVisitor.class.getDeclaredMethods()).hasSize(expected.size() + 1);
        for (Class<?> type : concreteClasses()) {
            assertThat(build(type, true).accept(visitor)).isEqualTo("default " + pythonName(type));
        }
    }

    @Test
    void childrenAreTheNodeValuedFieldsInFieldOrder() throws Exception {
        for (boolean withOptional : new boolean[] {true, false}) {
            for (Class<?> type : concreteClasses()) {
                Node node = build(type, withOptional);
                List<Node> expected = new ArrayList<>();
                for (RecordComponent component : type.getRecordComponents()) {
                    Object value = component.getAccessor().invoke(node);
                    if (value instanceof Node child) {
                        expected.add(child);
                    } else if (value instanceof List<?> list) {
                        list.stream().filter(Node.class::isInstance).map(Node.class::cast).forEach(expected::add);
                    }
                }

                assertThat(node.children()).as(type.getName())
                        .usingElementComparator((a, b) -> a == b ? 0 : 1)
                        .containsExactlyElementsOf(expected);
                assertThatThrownBy(() -> node.children().add(node))
                        .isInstanceOf(UnsupportedOperationException.class);
            }
        }
    }

    @Test
    void requiredFieldsAndListElementsRejectNull() throws Exception {
        for (Class<?> type : concreteClasses()) {
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                boolean nullable = isNullable(component.getAnnotatedType());
                if (component.getType().isPrimitive() || nullable) {
                    continue;
                }
                Object[] args = arguments(type, true);
                args[i] = null;
                assertThatThrownBy(() -> construct(type, args))
                        .as(type.getSimpleName() + "." + component.getName()).isInstanceOf(NullPointerException.class);
                if (component.getType() == List.class && !isNullable(elementType(component))
                        && elementType(component).getType() != String.class) {
                    Object[] withNullElement = arguments(type, true);
                    withNullElement[i] = Arrays.asList((Object) null);
                    assertThatThrownBy(() -> construct(type, withNullElement))
                            .as(type.getSimpleName() + "." + component.getName() + "[0]")
                            .isInstanceOf(NullPointerException.class);
                }
            }
        }
    }

    @Test
    void listsAreImmutableCopiesAndMayHoldNullWhereCpythonHasNone() {
        List<Stmt> body = new ArrayList<>(List.of(new Stmt.Pass(s(1, 0, 1, 4))));
        Mod.Module module = new Mod.Module(body, List.of());
        body.add(new Stmt.Break(s(2, 0, 2, 5)));
        List<@Nullable Expr> keys = new ArrayList<>(Arrays.asList(null, TestTrees.name("k", ExprContext.Load, s(1, 3, 1, 4))));
        Expr.Dict dict = new Expr.Dict(keys, List.of(TestTrees.name("m", ExprContext.Load, s(1, 3, 1, 4)),
                TestTrees.name("v", ExprContext.Load, s(1, 6, 1, 7))), s(1, 0, 1, 8));
        keys.set(0, dict);

        assertThat(module.body()).hasSize(1);
        assertThatThrownBy(() -> module.body().add(new Stmt.Pass(s(1, 0, 1, 4))))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(dict.keys().get(0)).isNull();
        assertThatThrownBy(() -> dict.keys().set(0, null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(dict.children()).extracting(n -> ((Expr.Name) n).id()).containsExactly("k", "m", "v");
    }

    /** The concrete node classes, found from {@link Node} through the permitted subclasses. */
    static List<Class<?>> concreteClasses() {
        List<Class<?>> found = new ArrayList<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Node.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (type.isSealed()) {
                todo.addAll(List.of(type.getPermittedSubclasses()));
            } else {
                found.add(type);
            }
        }
        return found;
    }

    private static Map<String, String[]> cpythonClasses() {
        Map<String, String[]> table = new LinkedHashMap<>();
        CPYTHON_CLASSES.lines().map(String::trim).filter(l -> !l.isEmpty())
                .forEach(line -> table.put(line.split(" ")[0], line.split(" ")));
        return table;
    }

    private static String pythonName(Class<?> type) {
        return NodeFields.of(type.asSubclass(Node.class)).pythonName();
    }

    private static String visitMethodName(Class<?> type) {
        return type == Stmt.Expr.class ? "visitExprStmt" : "visit" + type.getSimpleName();
    }

    private static AnnotatedType elementType(RecordComponent component) {
        return ((AnnotatedParameterizedType) component.getAnnotatedType()).getAnnotatedActualTypeArguments()[0];
    }

    private static boolean isNullable(AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }

    /** An instance with a fresh node in every node field; optional fields empty unless asked. */
    private Node build(Class<?> type, boolean withOptional) throws Exception {
        return construct(type, arguments(type, withOptional));
    }

    private static Node construct(Class<?> type, Object[] args) throws Exception {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        try {
            return (Node) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private Object[] arguments(Class<?> type, boolean withOptional) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            boolean nullable = isNullable(component.getAnnotatedType());
            args[i] = nullable && !withOptional ? null : sample(component);
        }
        return args;
    }

    private Object sample(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            if (Node.class.isAssignableFrom(element)) {
                return isNullable(elementType(component))
                        ? Arrays.asList(fresh(element), null, fresh(element))
                        : List.of(fresh(element), fresh(element));
            }
            return List.of(scalar(element), scalar(element));
        }
        return Node.class.isAssignableFrom(type) ? fresh(type) : scalar(type);
    }

    private static Object scalar(Class<?> type) {
        if (type == int.class) {
            return 1;
        }
        if (type == String.class) {
            return "s";
        }
        if (type == Span.class) {
            return s(1, 0, 1, 1);
        }
        if (type == ConstantValue.class) {
            return ConstantValue.NONE;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new IllegalArgumentException(type.getName());
    }

    /** A new node of the given field type, distinct from every other one built. */
    private Node fresh(Class<?> type) {
        int n = ++counter;
        Span span = s(n, 0, n, 1);
        Expr.Name name = TestTrees.name("n" + n, ExprContext.Load, span);
        if (type == Expr.class) {
            return name;
        } else if (type == Stmt.class) {
            return new Stmt.Pass(span);
        } else if (type == Pattern.class) {
            return new Pattern.MatchStar("p" + n, span);
        } else if (type == TypeParam.class) {
            return new TypeParam.TypeVarTuple("T" + n, null, span);
        } else if (type == ExceptHandler.class) {
            return new ExceptHandler(null, "e" + n, List.of(), span);
        } else if (type == Arguments.class) {
            return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        } else if (type == Arg.class) {
            return new Arg("a" + n, null, null, span);
        } else if (type == Keyword.class) {
            return new Keyword("k" + n, name, span);
        } else if (type == Alias.class) {
            return new Alias("m" + n, null, span);
        } else if (type == WithItem.class) {
            return new WithItem(name, null);
        } else if (type == MatchCase.class) {
            return new MatchCase(new Pattern.MatchStar(null, span), null, List.of());
        } else if (type == Comprehension.class) {
            return new Comprehension(name, name, List.of(), 0);
        } else if (type == TypeIgnore.class) {
            return new TypeIgnore(n, "");
        }
        throw new IllegalArgumentException(type.getName());
    }
}
