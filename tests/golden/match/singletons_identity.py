# None, True and False match by identity; other literals by ==.
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return True


for subject in [AlwaysEqual(), 1, 0, 1.0]:
    match subject:
        case True:
            print("is True")
        case None:
            print("is None")
        case 1:
            print("== 1")
        case _:
            print("nothing")

match AlwaysEqual():
    case "text":
        print("a str literal compares with __eq__ of the subject")
