VALUE = "submodule helper"
