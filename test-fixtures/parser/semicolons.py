# Semicolons between simple statements, at the end of a line and of a block.
a = 1; b = 2; c = 3
d = 4;
if a: e = 5; f = 6;
for i in range(3): pass;
def g(): return 1;
while False: break;
class H: x = 1; y = 2;
import os; import sys;
if b:
    x = 1;
    y = 2;
z = 9
