# -*- coding: latin-1 -*-
# This file is latin-1 bytes: é is the single byte 0xe9 here.
name = 'café über ½'
été = b'\xe9'
# é in a comment too
