# A backslash line at column 0 before a case clause: the case keeps its indentation.
match x:
    case 1:
        pass
\
    case 2:
        pass
