# -*- coding: utf-8 -*-
# A byte order mark and a matching declaration.
text = 'éè'
