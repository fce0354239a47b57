# Tests bare `raise` re-raising a user exception, finally ordering, and exception attributes surviving.
class StepError(Exception):
    def __init__(self, step):
        super().__init__(f"step {step} failed")
        self.step = step


def run(step):
    try:
        print("running", step)
        if step == 2:
            raise StepError(step)
        return step * 10
    finally:
        print("cleanup", step)


def wrapper(step):
    try:
        return run(step)
    except StepError:
        print("wrapper saw it, re-raising")
        raise


for s in [1, 2, 3]:
    try:
        print("result", wrapper(s))
    except StepError as e:
        print("top level:", e, e.step)
