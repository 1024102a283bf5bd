#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
# The declaration may be on line 2, in Emacs or Vim style; € is the byte 0x80 here.
price = '€ 5 – “quoted”'
