print("héllo", {1: [2j, "ab"]})
