# str.format applies each value's own format spec rules.
print("[{:5d}] [{:<8.3f}] [{:^7}] [{:>6}] [{:x}] [{:,}]".format(42, 3.14159, "mid", True, 255, 10 ** 9))
print("[{:+.2e}] [{:%}] [{:08.3f}] [{:c}] [{:#b}]".format(12345.678, 0.25, -1.5, 1046, 5))
print("[{:>10}] [{:.2}] [{:_}]".format("right", "Привет", 2 ** 64))
