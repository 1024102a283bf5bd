# Unicode identifiers; NFKC folds the fullwidth, ligature, superscript and decomposed forms.
café = 1
中文 = 2
Δλ = 3
ｆｕｌｌ = 4
ﬁnd = 5
xⁿ = 6
ªº = 7
ℌ = 8
𝒳 = 9
café = 10
_é́ = 11
АБ = 12
print(full, find, xn, ao, H, X, café)
obj.ａttr = 13
def ｆ(ａ, *, ｂ=1): return ａ
class Класс: pass
import café as ｍ
from ｍod import ｎame as ｏ
s = "😀 emoji before a name"; naïve = s
ｔype = 14
ｍatch = 15
