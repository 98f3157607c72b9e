# The difference users meet first: a shallow copy shares the nested lists.
import copy

grid = [[0, 0], [0, 0]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 1
print(grid, shallow, deep)
print(shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])
config = {"name": "svc", "ports": [80, 443], "env": {"DEBUG": False}}
c2 = copy.deepcopy(config)
c2["ports"].append(8080)
c2["env"]["DEBUG"] = True
print(config)
print(c2)
