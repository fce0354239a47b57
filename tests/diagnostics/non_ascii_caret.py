print("héllo", {1: [..., "ab"]})
