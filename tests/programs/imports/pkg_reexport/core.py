class Engine:
    def __init__(self, power):
        self.power = power

    def run(self):
        return "engine running at " + str(self.power)


def start():
    return Engine(100).run()
