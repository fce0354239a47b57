class NetError(Exception):
    pass


class TimeoutErr(NetError):
    def __init__(self, secs):
        super().__init__("timed out after " + str(secs) + "s")
        self.secs = secs
