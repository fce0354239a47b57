from .errors import TimeoutErr


def fetch(url, timeout):
    if timeout < 1:
        raise TimeoutErr(timeout)
    return "content of " + url
