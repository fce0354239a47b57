print("chain c: body")
C = "C"
