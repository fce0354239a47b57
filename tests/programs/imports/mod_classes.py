class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def kind(self):
        return type(self).__name__


class Dog(Animal):
    def speak(self):
        return self.name + " barks"


class Plain:
    pass


class Tagged:
    def __repr__(self):
        return "Tagged(" + __name__ + ")"
