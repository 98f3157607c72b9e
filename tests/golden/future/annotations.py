from __future__ import annotations

import __future__


def area(w: float, h: float) -> float:
    return w * h


class Box:
    size: int = 3

    def grow(self, by: int) -> Box:
        self.size += by
        return self


print(area(2, 3), Box().grow(2).size)
print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
