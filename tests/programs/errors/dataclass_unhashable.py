from dataclasses import dataclass


@dataclass
class Key:
    k: str


print(Key("a") == Key("a"))
d = {Key("a"): 1}
