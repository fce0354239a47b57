print("chain a: start")
import mod_chain_b
print("chain a: end")
A = "A+" + mod_chain_b.B
