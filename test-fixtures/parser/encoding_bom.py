# A UTF-8 byte order mark starts this file.
name = 'café'
été = 1
