print("about to fail")
import mod_does_not_exist
