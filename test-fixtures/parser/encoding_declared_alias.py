# -*- coding: latin -*-
# "latin" is a Python alias of latin-1: é is the byte 0xe9 here.
name = "café"
