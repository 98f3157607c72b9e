import statistics

for scores in ([], [88], [88, 92]):
    try:
        print("average:", statistics.mean(scores), "spread:", statistics.stdev(scores))
    except statistics.StatisticsError as e:
        print(f"{len(scores)} scores: {e!r}")
