/*
 * The syntax of Python 3.10-3.14, written for gilscan from CPython's Grammar/python.gram and the
 * language reference.
 *
 * Design: this grammar is built for ANTLR's SLL prediction with one or two tokens of lookahead.
 * - Tokens come from PythonLexer (hand-written: INDENT/DEDENT, f-string modes, soft keywords).
 *   `match` and `type` arrive as MATCH and TYPE only where the lexer saw a statement of that kind;
 *   `case` and `_` stay NAME and are checked while the AST is built.
 * - Assignment, for, with and del targets are parsed as expressions and checked by AstBuilder,
 *   as CPython's old LL(1) grammar did.
 * - Operator expressions are a flat chain `operand (operator operand)*`; AstBuilder applies
 *   precedence and associativity. This keeps the parse tree shallow (one context per chain instead
 *   of one per precedence level), which is most of the parser's speed.
 * - Parameter lists, argument lists and patterns are parsed loosely and their order rules
 *   (defaults, `/`, `*`, keyword-after-positional) are checked by AstBuilder.
 */
parser grammar PythonParser;

options {
    tokenVocab = PythonTokens;
    contextSuperClass = PyContext;
}

@header {
import dev.gilscan.analyzer.parser.PyContext;
}

// ---------------------------------------------------------------- statements

file_input : (NEWLINE | stmt)* EOF ;

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt (';' simple_stmt)* ';'? NEWLINE ;

simple_stmt
    : expr_stmt
    | 'del' exprlist
    | 'pass'
    | 'break'
    | 'continue'
    | 'return' testlist_star_expr?
    | 'raise' (test ('from' test)?)?
    | 'global' NAME (',' NAME)*
    | 'nonlocal' NAME (',' NAME)*
    | import_name
    | import_from
    | 'assert' test (',' test)?
    | type_alias
    ;

expr_stmt
    : lhs=star_or_yield
      ( annassign
      | augassign rhs=star_or_yield
      | ('=' star_or_yield)*
      )
    ;

annassign : ':' test ('=' star_or_yield)? ;

augassign
    : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    ;

star_or_yield : yield_expr | testlist_star_expr ;

import_name : 'import' dotted_as_name (',' dotted_as_name)* ;

dotted_as_name : dotted_name ('as' NAME)? ;

import_from
    : 'from' ('.' | '...')* dotted_name? 'import'
      ( '*'
      | '(' import_as_name (',' import_as_name)* ','? ')'
      | import_as_name (',' import_as_name)*
      )
    ;

import_as_name : NAME ('as' NAME)? ;

dotted_name : NAME ('.' NAME)* ;

type_alias : TYPE NAME type_params? '=' test ;

// ---------------------------------------------------------------- compound statements

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;

async_stmt : ASYNC (funcdef | with_stmt | for_stmt) ;

if_stmt : 'if' namedexpr_test ':' block elif_clause* else_block? ;

elif_clause : 'elif' namedexpr_test ':' block ;

else_block : 'else' ':' block ;

while_stmt : 'while' namedexpr_test ':' block else_block? ;

for_stmt : 'for' exprlist 'in' testlist_star_expr ':' block else_block? ;

try_stmt
    : 'try' ':' block
      ( except_clause+ else_block? finally_block?
      | finally_block
      )
    ;

finally_block : 'finally' ':' block ;

// `except A, B:` (PEP 758, 3.14) is the comma form without `as`.
except_clause : 'except' star='*'? (test ('as' NAME | (',' test)+ ','?)?)? ':' block ;

with_stmt
    : 'with' ( '(' with_item (',' with_item)* ','? ')' ':'
             | with_item (',' with_item)* ':'
             ) block
    ;

with_item : test ('as' expr)? ;

funcdef : 'def' NAME type_params? '(' params? ')' ('->' test)? ':' block ;

params : param (',' param)* ','? ;

param
    : NAME (':' test)? ('=' test)?
    | '*' (NAME (':' (test | star_expr))?)?
    | '**' NAME (':' test)?
    | '/'
    ;

classdef : 'class' NAME type_params? ('(' arglist? ')')? ':' block ;

type_params : '[' type_param (',' type_param)* ','? ']' ;

type_param
    : NAME (':' test)? ('=' test)?
    | '*' NAME ('=' (test | star_expr))?
    | '**' NAME ('=' test)?
    ;

decorated : decorator+ (classdef | funcdef | async_funcdef) ;

async_funcdef : ASYNC funcdef ;

decorator : '@' namedexpr_test NEWLINE ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

// ---------------------------------------------------------------- match statement

match_stmt : MATCH subject ':' NEWLINE INDENT case_block+ DEDENT ;

subject : (namedexpr_test | star_expr) (',' (namedexpr_test | star_expr))* ','? ;

// The leading NAME must be `case`; the builder checks it.
case_block : NAME pattern_list ('if' namedexpr_test)? ':' block ;

pattern_list : pattern_item (',' pattern_item)* ','? ;

pattern_item : '*' NAME | as_pattern ;

as_pattern : or_pattern ('as' NAME)? ;

or_pattern : closed_pattern ('|' closed_pattern)* ;

closed_pattern
    : literal_pattern
    | name_or_attr ('(' class_args? ')')?
    | '(' pattern_list? ')'
    | '[' pattern_list? ']'
    | '{' (mapping_item (',' mapping_item)* ','?)? '}'
    ;

literal_pattern
    : signed_number (('+' | '-') NUMBER)?
    | strings
    | 'None'
    | 'True'
    | 'False'
    ;

signed_number : '-'? NUMBER ;

name_or_attr : NAME ('.' NAME)* ;

class_args : class_arg (',' class_arg)* ','? ;

class_arg : NAME '=' as_pattern | as_pattern ;

mapping_item
    : '**' NAME
    | (literal_pattern | name_or_attr) ':' as_pattern
    ;

// ---------------------------------------------------------------- expressions

namedexpr_test : test (':=' test)? ;

test
    : disjunction ('if' disjunction 'else' test)?
    | lambdef
    ;

lambdef : 'lambda' lambda_params? ':' test ;

lambda_params : lambda_param (',' lambda_param)* ','? ;

lambda_param
    : NAME ('=' test)?
    | '*' NAME?
    | '**' NAME
    | '/'
    ;

// A flat chain of every operator from `or` down to `*`; the builder applies precedence.
disjunction : operand (binary_op operand)* ;

binary_op
    : 'or' | 'and'
    | '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' 'not' | 'is'
    | '|' | '^' | '&' | '<<' | '>>' | '+' | '-' | '*' | '@' | '/' | '%' | '//'
    ;

// `not` is only valid where the builder finds a not_test; `-`, `+`, `~` bind tighter than `*`.
operand : prefix_op* power ;

prefix_op : 'not' | '-' | '+' | '~' ;

// The right side of `**` is a factor: unary minus, plus or invert, then a power.
power : primary ('**' factor)? ;

factor : ('-' | '+' | '~')* power ;

primary : AWAIT? atom trailer* ;

trailer
    : '(' arglist? ')'
    | '[' subscript (',' subscript)* ','? ']'
    | '.' NAME
    ;

atom
    : '(' (yield_expr | testlist_comp)? ')'
    | '[' testlist_comp? ']'
    | '{' dictorsetmaker? '}'
    | NAME
    | NUMBER
    | strings
    | '...'
    | 'None'
    | 'True'
    | 'False'
    ;

strings : (STRING | fstring)+ ;

// f-strings and t-strings share these tokens; FSTRING_START's prefix tells them apart.
fstring : FSTRING_START fstring_part* FSTRING_END ;

fstring_part : FSTRING_MIDDLE | fstring_field ;

fstring_field
    : '{' star_or_yield debug='='? ('!' conversion=NAME)? (':' fstring_part*)? '}'
    ;

star_expr : '*' expr ;

// `expr` is a chain of the bitwise and arithmetic operators only (no comparison, `not`, `and`,
// `or`): the builder rejects the others here. It is what `for` targets, `*` operands and `as`
// targets are, so that `for x in y` does not read `x in y` as a comparison.
expr : operand (expr_op operand)* ;

expr_op : '|' | '^' | '&' | '<<' | '>>' | '+' | '-' | '*' | '@' | '/' | '%' | '//' ;

exprlist : (expr | star_expr) (',' (expr | star_expr))* ','? ;

testlist_star_expr : (test | star_expr) (',' (test | star_expr))* ','? ;

testlist_comp
    : (namedexpr_test | star_expr) ( comp_for | (',' (namedexpr_test | star_expr))* ','? )
    ;

subscript
    : star_expr
    | namedexpr_test slice_tail?
    | slice_tail
    ;

slice_tail : ':' test? (':' test?)? ;

dictorsetmaker : dict_or_set_item ( comp_for | (',' dict_or_set_item)* ','? ) ;

dict_or_set_item
    : '**' expr
    | star_expr
    | test (':=' test | ':' test)?
    ;

arglist : argument (',' argument)* ','? ;

argument
    : test (comp_for | ':=' test | '=' test)?
    | '*' test
    | '**' test
    ;

comp_for : comp_clause+ ;

comp_clause : ASYNC? 'for' exprlist 'in' disjunction ('if' disjunction)* ;

yield_expr : 'yield' ('from' test | testlist_star_expr)? ;
