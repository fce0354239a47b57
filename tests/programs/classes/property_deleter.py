# Tests @property with getter, setter and deleter; deleted state then falls back.
class Profile:
    def __init__(self):
        self._nick = None
        self.log = []

    @property
    def nick(self):
        self.log.append("get")
        if self._nick is None:
            return "<none>"
        return self._nick

    @nick.setter
    def nick(self, v):
        self.log.append("set")
        self._nick = v.strip()

    @nick.deleter
    def nick(self):
        self.log.append("del")
        self._nick = None


p = Profile()
print(p.nick)
p.nick = "  zed  "
print(p.nick)
del p.nick
print(p.nick)
print(p.log)
