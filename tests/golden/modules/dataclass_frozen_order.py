from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(len({Version(1), Version(1), Version(2)}))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))
