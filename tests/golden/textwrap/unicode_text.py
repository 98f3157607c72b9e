# Text that is not ASCII wraps by characters.
import textwrap

t = "Текст на русском языке с дефис-словами и длинными строками для проверки переноса."
print(textwrap.wrap(t, 20))
print(textwrap.fill("日本語のテキスト は 空白 で 分かれ ます", 10))
