print("chain b: start")
import mod_chain_c
print("chain b: end")
B = "B+" + mod_chain_c.C
