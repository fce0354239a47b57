from .errors import NetError, TimeoutErr
