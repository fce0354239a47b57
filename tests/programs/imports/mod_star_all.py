__all__ = ["exported", "_also_exported", "Exported"]

exported = "yes"
_also_exported = "underscore but listed"
not_exported = "no"


class Exported:
    pass


def helper():
    return "helper"
