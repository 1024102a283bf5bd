# Every string prefix, in both cases, with every quoting form.
s1 = 'single'
s2 = "double"
s3 = '''triple single
spanning lines'''
s4 = """triple double"""
s5 = ''
s6 = """"""
u1 = u'unicode kind'
r1 = r'raw \n stays'
r2 = R"raw \d"
r3 = r'''raw triple \t'''
r4 = r"\""
b1 = b'bytes'
b2 = B"bytes"
b3 = b'''triple bytes'''
br1 = br'raw bytes \n'
br2 = Br"raw"
br3 = bR'raw'
br4 = BR"raw"
rb1 = rb'raw bytes'
rb2 = Rb"raw"
rb3 = rB'raw'
rb4 = RB"""raw"""
quote_in_quote = "it's" + 'say "hi"'
escaped_quotes = 'it\'s' + "say \"hi\""
