print("héllo", {1: [memoryview, "ab"]})
