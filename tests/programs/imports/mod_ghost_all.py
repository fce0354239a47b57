__all__ = ["real", "ghost"]
real = 1
