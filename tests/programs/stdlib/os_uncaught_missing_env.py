import os

config = {"HOME_SET": "HOME" in os.environ or True}
print(config)
value = os.environ["PYAOT_TEST_MISSING_KEY_1234"]
print(value)
