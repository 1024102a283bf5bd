# Only a lowercase u prefix gives Constant.kind 'u'; CPython leaves kind None for U.
lower = u'kind u'
upper = U'kind None'
upper_double = U"kind None"
upper_triple = U'''kind None'''
