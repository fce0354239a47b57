# Tests that an uncaught exception's last traceback line uses the class's __str__ override.
class CodeError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"failed with code {self.code}"


e = CodeError(7)
print(e.args, str(e))
raise CodeError(404)
