# Finding every second Tuesday and the last Friday of each month of a year.
import calendar

cal = calendar.Calendar()
for month in range(1, 13):
    tuesdays = [d for d, wd in cal.itermonthdays2(2024, month) if d and wd == calendar.TUESDAY]
    fridays = [d for d, wd in cal.itermonthdays2(2024, month) if d and wd == calendar.FRIDAY]
    print(f"{calendar.month_abbr[month]}: 2nd Tue {tuesdays[1]:2d}, last Fri {fridays[-1]:2d}")
