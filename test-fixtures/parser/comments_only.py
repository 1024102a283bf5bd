# A file with only comments and blank lines has an empty body.

    # indented comment

#
