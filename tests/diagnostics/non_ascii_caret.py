print("héllo", {1: [x for x in "ab"]})
