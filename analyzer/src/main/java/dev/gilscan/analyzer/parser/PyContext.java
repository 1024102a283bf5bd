package dev.gilscan.analyzer.parser;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base class of the grammar's parse-tree contexts (the grammar's {@code contextSuperClass}).
 * Most contexts have one to three children; ANTLR's default list starts at ten, and allocating
 * those arrays was the largest single cost of building the parse tree.
 */
public class PyContext extends ParserRuleContext {
    public PyContext() {}

    public PyContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T child) {
        if (children == null) {
            children = new ArrayList<>(3);
        }
        children.add(child);
        return child;
    }
}
