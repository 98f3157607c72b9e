# assertLogs captures records of a logger at a level; no logs is a failure.
import logging
import unittest

log = logging.getLogger("shop")

def checkout(items):
    if not items:
        log.warning("empty cart")
        return 0
    log.info("checking out %d items", len(items))
    return len(items)

class Logs(unittest.TestCase):
    def test_info(self):
        with self.assertLogs("shop", level="INFO") as cm:
            checkout(["a", "b"])
        self.assertEqual(cm.output, ["INFO:shop:checking out 2 items"])
        self.assertEqual(cm.records[0].levelname, "INFO")

    def test_warning(self):
        with self.assertLogs(log) as cm:
            checkout([])
        self.assertEqual(cm.output, ["WARNING:shop:empty cart"])

    def test_nothing_logged(self):
        with self.assertRaises(AssertionError) as cm:
            with self.assertLogs("shop", level="WARNING"):
                checkout(["a"])
        print(cm.exception)

    def test_failing(self):
        with self.assertLogs("shop", level="ERROR") as cm:
            log.error("payment declined")
        self.assertEqual(cm.output, ["ERROR:shop:payment accepted"])

unittest.main(verbosity=2)
