# Blocks indented with tabs, spaces after tabs, comments at odd columns.
def outer(a):
	if a:
		return 1
	else:
		for i in range(a):
			pass
      # a comment line does not count for indentation

		while a:
			a -= 1
	return (a +
  1)

class K:
    def m(self):
        x = [1,
			2]
        return x
    y = 2

if True:
        deep = 1
        if deep:
          deeper = 2
          
        after = 3
done = 4
