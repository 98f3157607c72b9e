import string


class DefaultFormatter(string.Formatter):
    """Missing keys show as <name?> instead of raising."""

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


f = DefaultFormatter()
print(f.format("Hello {name}, you owe {amount:.2f} to {creditor}", name="Bo", amount=3.5))
print(f.format("{0} and {missing}", "zero"))


class UpperFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        if format_spec.endswith("u"):
            return format(value, format_spec[:-1]).upper()
        return super().format_field(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


u = UpperFormatter()
print(u.format("{0:u} {0:>10u} {1!l} {1}", "shout", "QUIET"))
