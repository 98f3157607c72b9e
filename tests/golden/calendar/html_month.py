# An HTML table for a month, with custom CSS classes in a subclass.
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 5))


class Highlighted(calendar.HTMLCalendar):
    cssclasses = ["weekday"] * 5 + ["weekend"] * 2
    cssclass_noday = "blank"

    def formatday(self, day, weekday):
        if day == 1:
            return '<td class="first">1</td>'
        return super().formatday(day, weekday)


print(Highlighted(6).formatmonth(2024, 9, withyear=False))
