class Base:
    pass

class Tagged(Base, metaclass=type):
    pass
