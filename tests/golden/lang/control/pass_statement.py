# pass does nothing, anywhere a statement is needed.
def empty():
    pass
print(empty())
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
while False:
    pass
print('done')
