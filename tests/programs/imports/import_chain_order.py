print("main: start")
import mod_chain_a
print("main: after a")
import mod_chain_c
import mod_chain_b
print(mod_chain_a.A)
print(mod_chain_b.B, mod_chain_c.C)
print(mod_chain_a.mod_chain_b.mod_chain_c is mod_chain_c)
