# HTTPStatus and HTTPMethod as enums: members, lookups, and their types.
import http
from enum import IntEnum, StrEnum

print(http.__all__)
print(issubclass(http.HTTPStatus, IntEnum), issubclass(http.HTTPMethod, StrEnum))
print(http.HTTPStatus.__name__, type(http.HTTPStatus.OK).__name__)
print(http.HTTPStatus._member_names_[:5])
print(http.HTTPStatus(301).name, http.HTTPStatus["MOVED_PERMANENTLY"].value)
print(http.HTTPStatus.OK in http.HTTPStatus, 200 in http.HTTPStatus.__members__.values())
print([s.name for s in http.HTTPStatus if "TOO" in s.name])
print(http.HTTPMethod.GET.name, http.HTTPMethod["HEAD"], http.HTTPMethod._member_names_)
print(http.HTTPStatus.EARLY_HINTS.description == "", http.HTTPStatus.EARLY_HINTS.phrase)
print(http.HTTPStatus.UNPROCESSABLE_ENTITY.phrase, http.HTTPStatus.REQUEST_ENTITY_TOO_LARGE.phrase)
