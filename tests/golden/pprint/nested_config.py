# A nested configuration, printed at several widths.
import pprint

config = {"name": "corun", "version": (3, 11, 7),
          "tags": ["fast", "async", "rust", "interpreter", "python"],
          "deps": {"logos": "0.16", "chumsky": "0.12", "num-bigint": "0.4", "indexmap": "2"},
          "nested": [[1, 2, [3, 4, [5, 6, [7, 8]]]], {"z": 1, "a": 2, "m": {"q": [1] * 30}}],
          "empty": [{}, [], (), set(), ""], "single": (1,), 10: "int key"}
pprint.pprint(config)
pprint.pprint(config, width=40, indent=4)
pprint.pprint(config, width=120)
