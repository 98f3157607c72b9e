# FunctionTestCase wraps plain functions, with set-up and tear-down functions.
import unittest

state = []

def set_up():
    state.append("up")

def tear_down():
    state.append("down")

def check_list():
    assert state == ["up"], state

def check_fails():
    assert 1 == 2, "one is not two"

suite = unittest.TestSuite([
    unittest.FunctionTestCase(check_list, setUp=set_up, tearDown=tear_down),
    unittest.FunctionTestCase(check_fails, description="a described check"),
])
print(suite.countTestCases())
result = unittest.TextTestRunner(verbosity=2).run(suite)
print(state, result.testsRun, len(result.failures))
