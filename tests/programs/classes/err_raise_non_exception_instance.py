# Tests uncaught TypeError from raising an instance of a class that does not derive from BaseException.
class NotAnError:
    def __init__(self, msg):
        self.msg = msg


obj = NotAnError("hi")
print(obj.msg)
print(isinstance(obj, BaseException))
raise obj
