# A replacement field inside a t-string's format spec is a FormattedValue, not an Interpolation.
width = 10
a = t"{'name':{width}}"
b = t"{3.14159:{width}.{2}f}"
c = t"{'x':>{width}} plain {'y'}"
